package org.anycastsim.scenarios.scenario.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.anycastsim.scenarios.input.InputException;

/**
 * The problems found in one file so far. Readers and the validator add to it and carry on, so
 * that a user sees every mistake of a file in one go, sorted by line, instead of fixing them one
 * run at a time.
 */
public final class Problems {

    private static final Comparator<InputException> BY_PLACE = Comparator
            .comparingInt(InputException::line)
            .thenComparingInt(InputException::column)
            .thenComparing(InputException::getMessage);

    private final List<InputException> found = new ArrayList<>();

    public void add(InputException problem) {
        found.add(problem);
    }

    public void add(Position at, String detail) {
        add(at.error(detail));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }

    /**
     * All problems, by line and column. One value gets one message: when a later check trips over
     * a value already reported (a YAML alias that is then not a duration), only the first counts.
     */
    public List<InputException> sorted() {
        List<InputException> out = new ArrayList<>();
        for (InputException p : found) {
            boolean seen = out.stream().anyMatch(q -> q.line() == p.line() && q.column() == p.column()
                    && java.util.Objects.equals(q.field(), p.field()));
            if (!seen) {
                out.add(p);
            }
        }
        out.sort(BY_PLACE);
        return List.copyOf(out);
    }
}
