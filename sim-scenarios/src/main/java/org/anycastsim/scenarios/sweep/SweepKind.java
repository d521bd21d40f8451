package org.anycastsim.scenarios.sweep;

import java.util.List;
import org.anycastsim.scenarios.scenario.source.Where;

/** How the runs of a sweep differ from its base scenario: one record per kind of sweep. */
public sealed interface SweepKind {

    /** The kind's field in sweep files, e.g. {@code nMinus1}. */
    String field();

    Where where();

    /**
     * N-1: one run per element of the network, each with that element crashing at {@code atNanos}
     * (added to the base's timeline).
     */
    record NMinus1(ElementKind over, long atNanos, Where where) implements SweepKind {
        public String field() {
            return "nMinus1";
        }
    }

    /**
     * Random k-of-n failures: {@code runs} runs, each with its own seed (derived from the base seed
     * and the run's number), crashing k elements drawn with that seed, the first at {@code atNanos}
     * and the next ones {@code intervalNanos} apart.
     */
    record RandomFailures(int k, ElementKind of, int runs, long atNanos, long intervalNanos, Where where)
            implements SweepKind {
        public String field() {
            return "random";
        }

        /** When the last of the k elements fails. */
        public long lastNanos() {
            return atNanos + Math.max(0, k - 1) * intervalNanos;
        }
    }

    /** A grid: one run per combination of the parameters' values (their cartesian product). */
    record Grid(List<GridAxis> axes, Where where) implements SweepKind {
        public Grid {
            axes = List.copyOf(axes);
        }

        public String field() {
            return "grid";
        }

        /** How many runs the grid makes; {@link Long#MAX_VALUE} when more than that. */
        public long size() {
            long size = 1;
            for (GridAxis axis : axes) {
                int n = axis.values().size();
                if (n != 0 && size > Long.MAX_VALUE / n) {
                    return Long.MAX_VALUE;
                }
                size *= n;
            }
            return size;
        }
    }
}
