package org.anycastsim.scenarios.run;

import java.util.Arrays;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.kernel.Timer;
import org.anycastsim.core.traffic.Traffic;
import org.anycastsim.core.traffic.TrafficClass;

/**
 * Data-plane convergence: samples the legitimate served rate every {@link #STEP} and measures, for
 * each injected event, how long until traffic is served again at the pre-event level (within
 * one part in a million: the fluid model is exact, so any real loss shows), or, if it never gets
 * back there before the next event, until it settles (its last change).
 */
final class DataPlaneTracker {
    static final long STEP = SimTime.millis(10);
    private static final double TOLERANCE = 1e-6;

    private final Simulator simulator;
    private Traffic traffic;
    private final Timer tick;
    private long[] times = new long[1024];
    private double[] served = new double[1024];
    private int n;

    DataPlaneTracker(Simulator simulator) {
        this.simulator = simulator;
        this.tick = simulator.timer(this::sample);
    }

    /** Starts sampling the traffic layer (attached once the run's users start sending). */
    void start(Traffic attached) {
        this.traffic = attached;
        tick.armAfter(STEP);
    }

    /** An event happens now: record the level just before it. */
    void eventAt(long time) {
        if (traffic != null) {
            record(time, servedNow());
        }
    }

    private void sample() {
        record(simulator.now(), servedNow());
        tick.armAfter(STEP);
    }

    private double servedNow() {
        return traffic.fluid().aggregates().totalRates(TrafficClass.LEGIT).served();
    }

    private void record(long t, double v) {
        if (n == times.length) {
            times = Arrays.copyOf(times, n * 2);
            served = Arrays.copyOf(served, n * 2);
        }
        times[n] = t;
        served[n] = v;
        n++;
    }

    /**
     * Seconds from {@code start} until the data plane converged, looking until {@code end} (the
     * next event or the end of the run); NaN without traffic.
     */
    double convergenceSeconds(long start, long end) {
        if (traffic == null || n == 0) {
            return Double.NaN;
        }
        int first = 0;
        while (first < n && times[first] < start) {
            first++;
        }
        if (first >= n) {
            return 0;
        }
        double before = served[first];
        long recovered = -1;
        long lastChange = start;
        double prev = before;
        for (int i = first; i < n && times[i] <= end; i++) {
            double v = served[i];
            if (Math.abs(v - prev) > TOLERANCE * Math.max(1, prev)) {
                lastChange = times[i];
            }
            if (v >= before * (1 - TOLERANCE)) {
                if (recovered < 0) {
                    recovered = times[i];
                }
            } else {
                recovered = -1;
            }
            prev = v;
        }
        long done = recovered >= 0 ? recovered : lastChange;
        return SimTime.toSeconds(Math.max(0, done - start));
    }
}
