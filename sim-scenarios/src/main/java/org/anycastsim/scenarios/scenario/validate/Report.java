package org.anycastsim.scenarios.scenario.validate;

import java.util.Collection;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.scenarios.scenario.source.Position;
import org.anycastsim.scenarios.scenario.source.Problems;
import org.anycastsim.scenarios.scenario.source.Suggestions;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * The checks every part of the validator shares: references by name (with "did you mean"),
 * times within the run, ranges. Each failed check adds one located problem and the validation
 * goes on.
 */
final class Report {

    private final Problems problems;
    private final NetworkNames names;
    private final long duration;

    Report(Problems problems, NetworkNames names, long duration) {
        this.problems = problems;
        this.names = names;
        this.duration = duration;
    }

    NetworkNames names() {
        return names;
    }

    /** The run's duration, in nanoseconds. */
    long duration() {
        return duration;
    }

    void error(Where where, String field, String detail) {
        problems.add(where.at(field), detail);
    }

    void error(Position at, String detail) {
        problems.add(at, detail);
    }

    /** {@code name} must be a node of one of {@code kinds} ("router", "server", ...). */
    boolean node(Where where, String field, String name, String... kinds) {
        if (!names.known() || name == null) {
            return true;
        }
        String kind = names.kinds().get(name);
        String wanted = kinds.length >= 3 ? "node" : String.join(" or ", kinds);
        if (kind == null) {
            java.util.List<String> candidates = new java.util.ArrayList<>();
            for (String k : kinds) {
                candidates.addAll(names.ofKind(k));
            }
            error(where, field, "no " + wanted + " '" + name + "' in " + names.network()
                    + Suggestions.didYouMean(name, candidates));
            return false;
        }
        if (!java.util.List.of(kinds).contains(kind)) {
            error(where, field, "'" + name + "' is a " + kind + ", not a " + String.join(" or ", kinds));
            return false;
        }
        return true;
    }

    /** {@code name} must be one of {@code known}, e.g. a PoP code or an attack name. */
    boolean member(Where where, String field, String name, Collection<String> known, String what) {
        if (name == null || known.contains(name)) {
            return true;
        }
        String list = known.size() <= 12 && !known.isEmpty() ? " (known: " + String.join(", ", known) + ")" : "";
        String hint = Suggestions.didYouMean(name, known);
        error(where, field, "no " + what + " '" + name + "' in " + names.network() + (hint.isEmpty() ? list : hint));
        return false;
    }

    /** A time of the run: not after its end. */
    void time(Where where, String field, long at) {
        if (at > duration) {
            error(where, field, SimTime.format(at) + " is after the end of the run (duration " + SimTime.format(duration)
                    + ")");
        }
    }

    void positive(Where where, String field, long value, String what) {
        if (value <= 0) {
            error(where, field, what + " must be positive, got " + value);
        }
    }

    void positiveDuration(Where where, String field, long nanos) {
        if (nanos <= 0) {
            error(where, field, "must be longer than 0");
        }
    }

    void atLeast(Where where, String field, long value, long min) {
        if (value < min) {
            error(where, field, "must be at least " + min + ", got " + value);
        }
    }

    void between(Where where, String field, long value, long min, long max) {
        if (value < min || value > max) {
            error(where, field, "must be between " + min + " and " + max + ", got " + value);
        }
    }

    void fraction(Where where, String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            error(where, field, "a fraction is between 0 and 1 (0% and 100%), got " + value);
        }
    }

    void positive(Where where, String field, double value, String what) {
        if (!(value > 0)) {
            error(where, field, what + " must be positive, got " + value);
        }
    }

    void notNegative(Where where, String field, double value, String what) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            error(where, field, what + " must be 0 or more, got " + value);
        }
    }
}
