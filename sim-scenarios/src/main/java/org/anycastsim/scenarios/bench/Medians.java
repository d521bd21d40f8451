package org.anycastsim.scenarios.bench;

import java.util.Arrays;

/** The median of repeated measurements: robust against one repetition hit by GC or a busy neighbour. */
public final class Medians {
    private Medians() {}

    public static double of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no measurement");
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    public static long of(long[] values) {
        return Math.round(of(Arrays.stream(values).asDoubleStream().toArray()));
    }
}
