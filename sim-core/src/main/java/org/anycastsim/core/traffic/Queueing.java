package org.anycastsim.core.traffic;

/**
 * Queueing delay at a server as an M/M/c queue (Poisson arrivals, exponential service, {@code c}
 * parallel workers, unbounded waiting room): Erlang's C formula. Pure functions of the rates.
 *
 * <p>A server's capacity for a service ({@code HostView.capacityRps}) is read as {@code c}
 * workers each serving {@code mu = capacity / c} requests per second; with offered load
 * {@code lambda}, utilisation is {@code rho = lambda / (c mu)}. The formulas hold for
 * {@code rho < 1}; at or above 1 the queue grows without bound, which {@link QueueModel} caps.
 */
public final class Queueing {
    private Queueing() {}

    /**
     * Erlang C: the probability that an arrival has to wait, for {@code c} workers and an offered
     * load of {@code a = lambda / mu} Erlangs. 1 when {@code a >= c}.
     *
     * <p>Computed through the Erlang B recursion {@code B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1))}
     * and {@code C = c B / (c - a (1 - B))}, which never forms a factorial or a power and so stays
     * accurate for large {@code c}.
     */
    public static double erlangC(int c, double a) {
        if (c < 1) {
            throw new IllegalArgumentException("need at least one worker: " + c);
        }
        if (!(a >= 0)) {
            throw new IllegalArgumentException("offered load must be >= 0: " + a);
        }
        if (a >= c) {
            return 1.0;
        }
        double b = 1.0;
        for (int k = 1; k <= c; k++) {
            b = a * b / (k + a * b);
        }
        return c * b / (c - a * (1 - b));
    }

    /**
     * Mean time spent waiting in the queue, {@code W_q = C(c, a) / (c mu - lambda)} seconds, for
     * arrival rate {@code lambda} and per-worker service rate {@code mu} (both per second);
     * infinite when {@code lambda >= c mu}.
     */
    public static double meanWaitSeconds(int c, double lambda, double mu) {
        if (!(mu > 0)) {
            throw new IllegalArgumentException("service rate must be > 0: " + mu);
        }
        double capacity = c * mu;
        if (lambda >= capacity) {
            return Double.POSITIVE_INFINITY;
        }
        if (lambda <= 0) {
            return 0.0;
        }
        return erlangC(c, lambda / mu) / (capacity - lambda);
    }
}
