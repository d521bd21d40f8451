package org.anycastsim.core.traffic;

import org.anycastsim.core.host.QueueingModel;

import org.anycastsim.core.kernel.RandomStream;

/**
 * How a server's load turns into waiting time: {@code workers} parallel workers per server and
 * service (an M/M/c queue, see {@link Queueing}), and the longest wait a request can see.
 *
 * <p>At or above full load the M/M/c queue has no steady state; a real server's accept queue fills
 * and it drops what it cannot take (the fluid model drops exactly the excess), while the requests
 * it still serves wait about a full queue's worth. The model uses {@code maxWaitSeconds} for them.
 */
public record QueueModel(int workers, double maxWaitSeconds) {
    /** 16 workers (a 2013 white-box server's cores), waits capped at 1 s. */
    public static final QueueModel DEFAULT = new QueueModel(16, 1.0);

    public QueueModel {
        if (workers < 1) {
            throw new IllegalArgumentException("need at least one worker: " + workers);
        }
        if (!(maxWaitSeconds >= 0) || Double.isInfinite(maxWaitSeconds)) {
            throw new IllegalArgumentException("max wait must be finite and >= 0: " + maxWaitSeconds);
        }
    }

    /** Mean wait (seconds) at a server offered {@code offeredRps} with capacity {@code capacityRps}. */
    public double meanWaitSeconds(double offeredRps, double capacityRps) {
        // Rates come from sums and differences of doubles: a load of -1e-23 rps is no load.
        if (!(capacityRps > 0) || !(offeredRps > 0)) {
            return 0.0;
        }
        if (offeredRps >= capacityRps) {
            return maxWaitSeconds;
        }
        return Math.min(maxWaitSeconds, QueueingModel.meanWaitSeconds(offeredRps, capacityRps, workers));
    }

    /**
     * One request's wait, drawn from the M/M/c waiting-time distribution: 0 with probability
     * {@code 1 - C}, otherwise exponential with rate {@code c mu - lambda}.
     */
    public double sampleWaitSeconds(double offeredRps, double capacityRps, RandomStream random) {
        if (!(capacityRps > 0) || offeredRps <= 0) {
            return 0.0;
        }
        if (offeredRps >= capacityRps) {
            return maxWaitSeconds;
        }
        double mu = capacityRps / workers;
        double c = QueueingModel.erlangC(workers, offeredRps / mu);
        if (!random.bernoulli(c)) {
            return 0.0;
        }
        return Math.min(maxWaitSeconds, random.exponential(1.0 / (capacityRps - offeredRps)));
    }
}
