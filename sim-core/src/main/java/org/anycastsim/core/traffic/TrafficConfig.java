package org.anycastsim.core.traffic;

import java.util.Objects;
import org.anycastsim.core.geo.PropagationModel;
import org.anycastsim.core.traffic.session.Sampling;
import org.anycastsim.core.traffic.session.SessionConfig;

/**
 * Settings of the traffic layer: the per-hop processing delay added to link delays on a path (use
 * the topology's propagation model's, so that traffic and traceroute agree), the servers' queueing
 * model, and the sampled sessions (sampling {@link Sampling#OFF} runs the fluid model alone).
 */
public record TrafficConfig(long perHopNanos, QueueModel queue, SessionConfig sessions) {
    public TrafficConfig {
        if (perHopNanos < 0) {
            throw new IllegalArgumentException("per-hop delay must be >= 0");
        }
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(sessions, "sessions");
    }

    /** 50 us per hop, 16 workers per server, 1 in 1000 requests sampled as sessions. */
    public static TrafficConfig defaults() {
        return new TrafficConfig(PropagationModel.DEFAULT_PER_HOP_PROCESSING_NANOS, QueueModel.DEFAULT,
                SessionConfig.defaults());
    }

    public TrafficConfig withPerHopNanos(long nanos) {
        return new TrafficConfig(nanos, queue, sessions);
    }

    public TrafficConfig withQueue(QueueModel q) {
        return new TrafficConfig(perHopNanos, q, sessions);
    }

    public TrafficConfig withSessions(SessionConfig s) {
        return new TrafficConfig(perHopNanos, queue, s);
    }

    public TrafficConfig withSampling(Sampling s) {
        return new TrafficConfig(perHopNanos, queue, sessions.withSampling(s));
    }
}
