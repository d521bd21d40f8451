package org.anycastsim.scenarios.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.anycastsim.core.kernel.Event;
import org.anycastsim.core.kernel.RandomStream;
import org.anycastsim.core.kernel.RandomStreams;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;

/**
 * The classic hold model (Vaucher and Duval 1975; Jones 1986) through the real kernel API: the
 * event list is pre-filled with N events at Exp(1)-second increments, then repeatedly the earliest
 * event runs and schedules one new event at now + Exp(1). The same loop over
 * {@link PriorityQueue} of (time, sequence) objects is the baseline, in the same JVM.
 *
 * <p>Both sides read their increments from one pre-drawn table, so the comparison measures the
 * event lists, not the random number generator. Each repetition first runs N untimed holds, so
 * that every pre-filled event has been replaced once and the list is in its steady state (the
 * transient of the hold model, Jones 1986), then times the requested number of holds.
 */
public final class HoldModelBenchmark {

    /** One size's result: median holds per second for the kernel and for the baseline. */
    public record Result(int n, double kernelHoldsPerSec, double baselineHoldsPerSec) {
        public double ratio() {
            return kernelHoldsPerSec / baselineHoldsPerSec;
        }
    }

    private static final int TABLE_BITS = 20;
    private final long[] increments = new long[1 << TABLE_BITS];
    private final int repetitions;
    private final long holdsPerRepetition;

    public HoldModelBenchmark(long seed, int repetitions, long holdsPerRepetition) {
        if (repetitions < 1 || holdsPerRepetition < 1) {
            throw new IllegalArgumentException("repetitions and holds must be positive");
        }
        this.repetitions = repetitions;
        this.holdsPerRepetition = holdsPerRepetition;
        RandomStream stream = new RandomStreams(seed).stream("bench.hold.increments");
        for (int i = 0; i < increments.length; i++) {
            increments[i] = SimTime.seconds(stream.exponential(1.0));
        }
    }

    public List<Result> run(int[] sizes) {
        List<Result> results = new ArrayList<>();
        for (int n : sizes) {
            // Warm-up: one untimed run of each, so both loops are compiled before measuring.
            kernelHolds(n, Math.min(holdsPerRepetition, 200_000));
            baselineHolds(n, Math.min(holdsPerRepetition, 200_000));
            double[] kernel = new double[repetitions];
            double[] baseline = new double[repetitions];
            for (int r = 0; r < repetitions; r++) {
                kernel[r] = kernelHolds(n, holdsPerRepetition);
                baseline[r] = baselineHolds(n, holdsPerRepetition);
            }
            results.add(new Result(n, median(kernel), median(baseline)));
        }
        return results;
    }

    /** Holds per second of the kernel at size n. */
    double kernelHolds(int n, long holds) {
        Simulator sim = new Simulator(0, n + 1);
        HoldEvent hold = new HoldEvent(sim, increments);
        for (int i = 0; i < n; i++) {
            sim.schedule(increments[i & (increments.length - 1)], hold);
        }
        hold.cursor = n;
        hold.remaining = n;
        sim.run();
        hold.remaining = holds;
        long start = System.nanoTime();
        sim.run();
        long elapsed = System.nanoTime() - start;
        if (hold.remaining != 0 || sim.pendingEvents() != n) {
            throw new IllegalStateException("hold model did not run " + holds + " holds at size " + n);
        }
        return holds / (elapsed / 1e9);
    }

    /** Holds per second of {@code java.util.PriorityQueue} of (time, sequence) objects at size n. */
    double baselineHolds(int n, long holds) {
        PriorityQueue<Entry> queue = new PriorityQueue<>(n + 1, Entry.ORDER);
        long seq = 0;
        int mask = increments.length - 1;
        for (int i = 0; i < n; i++) {
            queue.add(new Entry(increments[i & mask], seq++));
        }
        int cursor = n;
        for (long h = 0; h < n; h++) {
            Entry e = queue.poll();
            queue.add(new Entry(e.time + increments[cursor++ & mask], seq++));
        }
        long start = System.nanoTime();
        for (long h = 0; h < holds; h++) {
            Entry e = queue.poll();
            queue.add(new Entry(e.time + increments[cursor++ & mask], seq++));
        }
        long elapsed = System.nanoTime() - start;
        if (queue.size() != n) {
            throw new IllegalStateException("baseline lost entries");
        }
        return holds / (elapsed / 1e9);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    /** The one event object of the hold model: when it runs it re-schedules itself. */
    private static final class HoldEvent implements Event {
        private final Simulator sim;
        private final long[] increments;
        private final int mask;
        int cursor;
        long remaining;

        HoldEvent(Simulator sim, long[] increments) {
            this.sim = sim;
            this.increments = increments;
            this.mask = increments.length - 1;
        }

        @Override
        public void fire() {
            sim.schedule(sim.now() + increments[cursor++ & mask], this);
            if (--remaining == 0) {
                sim.stop();
            }
        }
    }

    private record Entry(long time, long seq) {
        static final Comparator<Entry> ORDER = (a, b) -> {
            int c = Long.compare(a.time, b.time);
            return c != 0 ? c : Long.compare(a.seq, b.seq);
        };
    }
}
