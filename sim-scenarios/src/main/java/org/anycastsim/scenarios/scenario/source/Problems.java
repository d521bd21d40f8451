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

    /** All problems, by line and column, each reported once. */
    public List<InputException> sorted() {
        List<InputException> out = new ArrayList<>();
        found.stream().sorted(BY_PLACE).forEach(p -> {
            if (out.stream().noneMatch(q -> q.getMessage().equals(p.getMessage()))) {
                out.add(p);
            }
        });
        return List.copyOf(out);
    }
}
