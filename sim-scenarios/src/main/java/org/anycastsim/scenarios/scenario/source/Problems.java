package org.anycastsim.scenarios.scenario.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.anycastsim.scenarios.input.InputException;

/**
 * The problems found in one file so far. Readers and the validator add to it and carry on, so
 * that a user sees every mistake of a file in one go, sorted by line, instead of fixing them one
 * run at a time.
 */
public final class Problems {

    /** By line and column; problems at one spot keep the order they were found in (the sort is stable). */
    private static final Comparator<InputException> BY_PLACE = Comparator
            .comparingInt(InputException::line)
            .thenComparingInt(InputException::column);

    private final List<InputException> found = new ArrayList<>();
    private final boolean onePerValue;

    /** Every problem counts, e.g. a validator's several objections to one list. */
    public Problems() {
        this(false);
    }

    private Problems(boolean onePerValue) {
        this.onePerValue = onePerValue;
    }

    /**
     * A reader's problems: one value gets one message. When a later conversion trips over a value
     * already reported (a YAML alias that is then not a duration), only the first counts.
     */
    public static Problems onePerValue() {
        return new Problems(true);
    }

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

    /** All problems, by line and column; the same message only once. */
    public List<InputException> sorted() {
        List<InputException> out = new ArrayList<>();
        for (InputException p : found) {
            boolean seen = out.stream().anyMatch(q -> q.getMessage().equals(p.getMessage()) || onePerValue
                    && q.line() == p.line() && q.column() == p.column() && Objects.equals(q.field(), p.field()));
            if (!seen) {
                out.add(p);
            }
        }
        out.sort(BY_PLACE);
        return List.copyOf(out);
    }
}
