package org.anycastsim.report.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * The samples of one (metric, entity) pair, in increasing time.
 *
 * <p>A class rather than a record: it holds primitive arrays (a long run has millions of
 * samples), which it never hands out without copying.
 */
public final class Series {

    private final String metric;
    private final String entity;
    private final String group;
    private final double[] times;
    private final double[] values;

    /** Trusts its arrays: only {@link TimeSeries.Builder} and {@link #of} construct. */
    Series(String metric, String entity, String group, double[] times, double[] values) {
        this.metric = metric;
        this.entity = entity;
        this.group = group;
        this.times = times;
        this.values = values;
    }

    /** A series from copies of the arrays; times must increase strictly. */
    public static Series of(String metric, String entity, String group, double[] times, double[] values) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(group, "group");
        if (times.length != values.length) {
            throw new IllegalArgumentException("times and values differ in length");
        }
        for (int i = 1; i < times.length; i++) {
            if (!(times[i] > times[i - 1])) {
                throw new IllegalArgumentException("times must increase: " + times[i - 1] + ", " + times[i]);
            }
        }
        return new Series(metric, entity, group, times.clone(), values.clone());
    }

    public String metric() {
        return metric;
    }

    public String entity() {
        return entity;
    }

    /** The parent of the entity (a server's PoP), or empty. */
    public String group() {
        return group;
    }

    public int size() {
        return times.length;
    }

    public boolean isEmpty() {
        return times.length == 0;
    }

    public double time(int i) {
        return times[i];
    }

    public double value(int i) {
        return values[i];
    }

    public double[] times() {
        return times.clone();
    }

    public double[] values() {
        return values.clone();
    }

    /** The most recent sample at or before {@code t} (samples hold until the next), NaN before the first. */
    public double valueAt(double t) {
        int index = Arrays.binarySearch(times, t);
        if (index >= 0) {
            return values[index];
        }
        int before = -index - 2;
        return before < 0 ? Double.NaN : values[before];
    }

    /** The largest value, NaN when empty. */
    public double max() {
        double max = Double.NaN;
        for (double v : values) {
            max = Double.isNaN(max) ? v : Math.max(max, v);
        }
        return max;
    }

    /** The largest absolute value, 0 when empty: tells a flat zero series from a live one. */
    public double maxAbs() {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** The sum of the values (for per-interval counts: the total). */
    public double sum() {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /** The mean of the samples with {@code from <= time < to}, NaN when there are none. */
    public double mean(double from, double to) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] >= from && times[i] < to) {
                sum += values[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    @Override
    public String toString() {
        return metric + "/" + entity + " (" + times.length + " samples)";
    }
}
