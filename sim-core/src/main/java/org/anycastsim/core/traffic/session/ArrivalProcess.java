package org.anycastsim.core.traffic.session;

import org.anycastsim.core.kernel.Event;
import org.anycastsim.core.kernel.RandomStream;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.traffic.demand.Demand;

/**
 * Session arrivals: a Poisson process per (client network, prefix) with rate
 * {@code legitRate x samplingFraction}, run as their superposition — one Poisson process of the
 * total rate whose every arrival picks its (client, prefix) with probability proportional to its
 * rate (Walker's alias method, O(1) per pick). The whole population of clients therefore costs
 * one pending event and one re-armed event object, not an event per client or per session.
 *
 * <p>Rates change only at the demand's change points; there the alias table is rebuilt and the
 * next arrival redrawn from the new total (memorylessness makes that exact).
 */
final class ArrivalProcess {
    /** A drawn gap beyond this (a simulated century) means no more arrivals, and would overflow the clock. */
    private static final double MAX_GAP_SECONDS = 100 * 365.25 * 86400;

    /** Receives each arrival. */
    interface Sink {
        void arrive(int client, int prefix);
    }

    private final Simulator simulator;
    private final Demand demand;
    private final RandomStream random;
    private final double fraction;
    private final Sink sink;
    private final Event arrival = this::fire;
    private final Event demandTick = this::demandChanged;
    private final int pairs;
    private final double[] probability;
    private final int[] alias;
    private final int[] pairOf;
    private final double[] scaled;
    private final int[] small;
    private final int[] large;
    private int size;
    private double totalRate;
    private long pending = Simulator.NO_EVENT;

    ArrivalProcess(Simulator simulator, Demand demand, RandomStream random, double fraction, Sink sink) {
        this.simulator = simulator;
        this.demand = demand;
        this.random = random;
        this.fraction = fraction;
        this.sink = sink;
        this.pairs = demand.clientCount() * demand.prefixCount();
        probability = new double[pairs];
        alias = new int[pairs];
        pairOf = new int[pairs];
        scaled = new double[pairs];
        small = new int[pairs];
        large = new int[pairs];
    }

    void start() {
        rebuild();
        scheduleDemandTick();
    }

    /** Sessions per second now, all clients and prefixes. */
    double totalRate() {
        return totalRate;
    }

    private void fire() {
        pending = Simulator.NO_EVENT;
        int i = random.nextInt(size);
        int pair = pairOf[random.nextDouble() < probability[i] ? i : alias[i]];
        scheduleNext();
        sink.arrive(pair / demand.prefixCount(), pair % demand.prefixCount());
    }

    private void scheduleNext() {
        if (totalRate > 0) {
            double gapSeconds = random.exponential(1.0 / totalRate);
            // A gap beyond a simulated century means "no more arrivals" (and would overflow the clock).
            if (gapSeconds < MAX_GAP_SECONDS) {
                pending = simulator.scheduleAfter(SimTime.seconds(gapSeconds), arrival);
            }
        }
    }

    private void demandChanged() {
        rebuild();
        scheduleDemandTick();
    }

    private void scheduleDemandTick() {
        long next = demand.nextChangeAfter(simulator.now());
        if (next != SimTime.NEVER) {
            simulator.schedule(next, demandTick);
        }
    }

    /** Vose's alias table over the pairs with a positive rate now. */
    private void rebuild() {
        simulator.cancel(pending);
        pending = Simulator.NO_EVENT;
        long now = simulator.now();
        int p = demand.prefixCount();
        size = 0;
        totalRate = 0;
        for (int pair = 0; pair < pairs; pair++) {
            double r = demand.legitRate(pair / p, pair % p, now) * fraction;
            if (r > 0) {
                pairOf[size] = pair;
                scaled[size++] = r;
                totalRate += r;
            }
        }
        int smallCount = 0;
        int largeCount = 0;
        for (int i = 0; i < size; i++) {
            scaled[i] = scaled[i] * size / totalRate;
            if (scaled[i] < 1.0) {
                small[smallCount++] = i;
            } else {
                large[largeCount++] = i;
            }
        }
        while (smallCount > 0 && largeCount > 0) {
            int s = small[--smallCount];
            int l = large[--largeCount];
            probability[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1.0;
            if (scaled[l] < 1.0) {
                small[smallCount++] = l;
            } else {
                large[largeCount++] = l;
            }
        }
        while (largeCount > 0) {
            int l = large[--largeCount];
            probability[l] = 1.0;
            alias[l] = l;
        }
        while (smallCount > 0) {
            int s = small[--smallCount];
            probability[s] = 1.0;
            alias[s] = s;
        }
        scheduleNext();
    }
}
