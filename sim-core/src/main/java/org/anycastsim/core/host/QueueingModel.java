package org.anycastsim.core.host;

/**
 * Pure functions for a server's load: utilisation, drops above capacity, and the queueing delay
 * of an M/M/c queue (Erlang C), which grows with utilisation. The traffic layer calls them.
 *
 * <p>The model: a service on a server has {@code c} worker slots (cores or worker processes), each
 * serving one request at a time with exponential service times; together they serve
 * {@code capacityRps} requests per second when all are busy, so one slot's rate is
 * {@code mu = capacityRps / c} and the mean service time is {@code c / capacityRps}. Requests
 * arrive as a Poisson process of rate {@code lambda}. The offered load is {@code a = lambda / mu}
 * erlangs and the utilisation {@code rho = a / c = lambda / capacityRps}. Erlang C gives the
 * probability that an arrival waits:
 *
 * <pre>
 *   C(c, a) = (a^c / c!) (c / (c - a)) / ( sum_{k=0}^{c-1} a^k / k!  +  (a^c / c!) (c / (c - a)) )
 * </pre>
 *
 * and the mean wait in the queue is {@code Wq = C(c, a) / (c mu - lambda) = C / (capacityRps - lambda)}.
 * It is computed through the Erlang B recursion {@code B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1))},
 * {@code C = c B / (c - a (1 - B))}, which is stable for any c. At {@code rho >= 1} the M/M/c queue
 * has no steady state; the simulator serves {@code min(offered, capacity)} and drops the rest, and
 * {@link #boundedMeanWaitSeconds} caps the wait of the served requests (a full queue's timeout).
 */
public final class QueueingModel {
    private QueueingModel() {}

    /** Offered over capacity (1.0 = full); 0 when the capacity is 0 (a server that cannot serve). */
    public static double utilisation(double offeredRps, double capacityRps) {
        requireRate(offeredRps, "offered");
        return capacityRps <= 0 ? 0.0 : offeredRps / capacityRps;
    }

    /** What a server serves of what it is offered: {@code min(offered, capacity)}. */
    public static double servedRps(double offeredRps, double capacityRps) {
        requireRate(offeredRps, "offered");
        return Math.min(offeredRps, Math.max(0.0, capacityRps));
    }

    /** What it drops: everything above its capacity ({@code offered = served + dropped}). */
    public static double droppedRps(double offeredRps, double capacityRps) {
        return offeredRps - servedRps(offeredRps, capacityRps);
    }

    /**
     * Erlang C: the probability that an arrival waits, for {@code c} servers and an offered load
     * of {@code a} erlangs; 1 when {@code a >= c} (the queue only grows).
     */
    public static double erlangC(int c, double offeredErlangs) {
        if (c < 1) {
            throw new IllegalArgumentException("an M/M/c queue needs c >= 1: " + c);
        }
        requireRate(offeredErlangs, "offered load");
        if (offeredErlangs >= c) {
            return 1.0;
        }
        if (offeredErlangs == 0) {
            return 0.0;
        }
        double b = 1.0;
        for (int k = 1; k <= c; k++) {
            b = offeredErlangs * b / (k + offeredErlangs * b);
        }
        return c * b / (c - offeredErlangs * (1 - b));
    }

    /**
     * The mean time a request waits in the queue before a slot takes it, in seconds, for Poisson
     * arrivals at {@code arrivalRps} to {@code c} slots serving {@code capacityRps} together.
     * {@link Double#POSITIVE_INFINITY} at or above capacity (no steady state).
     */
    public static double meanWaitSeconds(double arrivalRps, double capacityRps, int servers) {
        requireRate(arrivalRps, "arrival rate");
        if (servers < 1) {
            throw new IllegalArgumentException("an M/M/c queue needs c >= 1: " + servers);
        }
        if (arrivalRps == 0) {
            return 0.0;
        }
        if (capacityRps <= 0 || arrivalRps >= capacityRps) {
            return Double.POSITIVE_INFINITY;
        }
        double offeredErlangs = arrivalRps * servers / capacityRps;
        return erlangC(servers, offeredErlangs) / (capacityRps - arrivalRps);
    }

    /** Wait plus one mean service time ({@code c / capacityRps}), in seconds. */
    public static double meanResponseSeconds(double arrivalRps, double capacityRps, int servers) {
        double wait = meanWaitSeconds(arrivalRps, capacityRps, servers);
        return capacityRps <= 0 ? Double.POSITIVE_INFINITY : wait + servers / capacityRps;
    }

    /**
     * The mean wait of the requests actually served, at most {@code maxWaitSeconds}: the arrival
     * rate is first cut to the capacity (the excess is dropped), and a saturated or nearly
     * saturated queue waits {@code maxWaitSeconds} (the time after which a full queue's requests
     * time out).
     */
    public static double boundedMeanWaitSeconds(double arrivalRps, double capacityRps, int servers,
            double maxWaitSeconds) {
        if (!(maxWaitSeconds >= 0)) {
            throw new IllegalArgumentException("maxWaitSeconds must be >= 0: " + maxWaitSeconds);
        }
        double served = servedRps(arrivalRps, capacityRps);
        return Math.min(maxWaitSeconds, meanWaitSeconds(served, capacityRps, servers));
    }

    private static void requireRate(double value, String what) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0: " + value);
        }
    }
}
