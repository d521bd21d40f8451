package org.anycastsim.core.traffic;

import org.anycastsim.core.kernel.SimTime;

/**
 * A set of rates that stay constant between changes, each with its exact integral over time
 * (requests, for rates in requests per second). Integration is lazy: a cell settles its integral
 * only when its own rate changes or is read, so a change costs O(1) whatever the number of cells.
 *
 * <p>Rates built from many contributions ({@link #add}) also count their contributors: when the
 * last one leaves, the rate is set to exactly 0, so rounding residue from adding and subtracting
 * never leaves a server with a phantom load of 1e-13 requests per second.
 */
final class RateIntegrals {
    private final double[] rate;
    private final long[] since;
    private final double[] integral;
    private final int[] contributors;

    RateIntegrals(int size) {
        rate = new double[size];
        since = new long[size];
        integral = new double[size];
        contributors = new int[size];
    }

    int size() {
        return rate.length;
    }

    double rate(int i) {
        return rate[i];
    }

    /** The integral from time 0 to {@code now} (now must not precede the last change). */
    double integral(int i, long now) {
        return integral[i] + rate[i] * SimTime.toSeconds(now - since[i]);
    }

    /** Sets the rate from {@code now} on. */
    void set(int i, double value, long now) {
        if (value != rate[i]) {
            settle(i, now);
            rate[i] = value;
        }
    }

    /** Adds {@code delta} to the rate from {@code now} on, with {@code contributorDelta} contributors joining (+) or leaving (-). */
    void add(int i, double delta, int contributorDelta, long now) {
        settle(i, now);
        int c = contributors[i] += contributorDelta;
        if (c < 0) {
            throw new IllegalStateException("more contributions removed than added at cell " + i);
        }
        rate[i] = c == 0 ? 0.0 : rate[i] + delta;
    }

    private void settle(int i, long now) {
        if (rate[i] != 0) {
            integral[i] += rate[i] * SimTime.toSeconds(now - since[i]);
        }
        since[i] = now;
    }
}
