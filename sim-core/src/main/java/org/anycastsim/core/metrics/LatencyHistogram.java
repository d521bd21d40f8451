package org.anycastsim.core.metrics;

import java.util.Arrays;

/**
 * A streaming latency histogram in fixed memory: log-spaced buckets, {@value #BUCKETS_PER_DECADE}
 * per decade from {@value #MIN_MS} ms to {@value #MAX_MS} ms (each about 2.3 % wide, so a
 * percentile is within about 1.2 % of the exact one), plus an underflow and an overflow bucket.
 * Observations carry weights, so the fluid model can record a path's latency weighted by its rate.
 *
 * <p>Percentiles return the geometric middle of the bucket holding the quantile, clamped to the
 * exact smallest and largest value seen (so a distribution of one value reports that value).
 */
public final class LatencyHistogram {
    public static final double MIN_MS = 1e-3;
    public static final double MAX_MS = 1e6;
    public static final int BUCKETS_PER_DECADE = 100;
    private static final int LOG_BUCKETS = (int) Math.round(Math.log10(MAX_MS / MIN_MS) * BUCKETS_PER_DECADE);
    /** Bucket 0: below MIN_MS; 1..LOG_BUCKETS: log-spaced; last: MAX_MS and above. */
    private static final int BUCKETS = LOG_BUCKETS + 2;

    private final double[] weights = new double[BUCKETS];
    private double total;
    private double weightedSum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** Records one observation of weight 1. */
    public void record(double ms) {
        record(ms, 1.0);
    }

    /** Records an observation with a weight (e.g. a rate); non-positive weights are ignored. */
    public void record(double ms, double weight) {
        if (!(weight > 0) || Double.isNaN(ms)) {
            return;
        }
        weights[bucket(ms)] += weight;
        total += weight;
        weightedSum += ms * weight;
        if (ms < min) {
            min = ms;
        }
        if (ms > max) {
            max = ms;
        }
    }

    private static int bucket(double ms) {
        if (ms < MIN_MS) {
            return 0;
        }
        if (ms >= MAX_MS) {
            return BUCKETS - 1;
        }
        int b = 1 + (int) (Math.log10(ms / MIN_MS) * BUCKETS_PER_DECADE);
        return Math.min(b, LOG_BUCKETS);
    }

    private static double lower(int bucket) {
        return MIN_MS * Math.pow(10, (bucket - 1) / (double) BUCKETS_PER_DECADE);
    }

    /**
     * The {@code q}-quantile (0 < q <= 1) in milliseconds, e.g. 0.99 for p99; NaN when empty.
     */
    public double percentile(double q) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be in (0, 1]: " + q);
        }
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double cumulative = 0;
        int b = 0;
        for (; b < BUCKETS - 1; b++) {
            cumulative += weights[b];
            if (cumulative >= rank) {
                break;
            }
        }
        double estimate;
        if (b == 0) {
            estimate = min;
        } else if (b == BUCKETS - 1) {
            estimate = max;
        } else {
            estimate = Math.sqrt(lower(b) * lower(b + 1));
        }
        return Math.max(min, Math.min(max, estimate));
    }

    /** Total weight recorded (the number of observations when all weights are 1). */
    public double count() {
        return total;
    }

    public boolean isEmpty() {
        return total <= 0;
    }

    /** Weighted mean in milliseconds, exact; NaN when empty. */
    public double mean() {
        return total > 0 ? weightedSum / total : Double.NaN;
    }

    public double min() {
        return total > 0 ? min : Double.NaN;
    }

    public double max() {
        return total > 0 ? max : Double.NaN;
    }

    /** Adds another histogram's observations to this one. */
    public void merge(LatencyHistogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            weights[i] += other.weights[i];
        }
        total += other.total;
        weightedSum += other.weightedSum;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    public void reset() {
        Arrays.fill(weights, 0.0);
        total = 0;
        weightedSum = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }
}
