package org.anycastsim.core.traffic;

import org.anycastsim.core.forward.Forwarding;
import org.anycastsim.core.host.HostView;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.Topology;
import org.anycastsim.core.traffic.demand.Demand;
import org.anycastsim.core.traffic.session.Sampling;

/**
 * Measures how fast the traffic layer simulates sampled sessions on a prepared world: it runs N
 * simulated seconds and reports sessions simulated and kernel events executed per second of wall
 * time. The command line's {@code bench} calls it; it prints nothing and reads no files.
 */
public final class TrafficBenchmark {
    /** Every service's demand in the default benchmark; only the sampled sessions/s matter for speed. */
    public static final double SERVICE_RPS = 1e6;

    private TrafficBenchmark() {}

    /** The figures of one benchmark run. */
    public record Result(long sessions, long kernelEvents, double simulatedSeconds, double wallSeconds,
            long fluidRecomputations) {
        public double sessionsPerWallSecond() {
            return wallSeconds > 0 ? sessions / wallSeconds : Double.POSITIVE_INFINITY;
        }

        public double eventsPerWallSecond() {
            return wallSeconds > 0 ? kernelEvents / wallSeconds : Double.POSITIVE_INFINITY;
        }
    }

    /**
     * Attaches traffic with every service at {@link #SERVICE_RPS}, sampling {@code sessionsPerSecond}
     * sessions per simulated second, to a prepared world (FIBs installed), and runs it for
     * {@code simulatedSeconds}.
     */
    public static Result run(Simulator simulator, Topology topology, Forwarding forwarding, HostView hosts,
            double sessionsPerSecond, double simulatedSeconds) {
        Demand.Builder demand = Demand.builder(topology);
        for (String service : topology.servicePrefixes().keySet()) {
            demand.serviceRate(service, SERVICE_RPS);
        }
        TrafficConfig config = TrafficConfig.defaults().withSampling(Sampling.perSecond(sessionsPerSecond));
        Traffic traffic = Traffic.attach(simulator, topology, new Igp(topology), forwarding, hosts, demand.build(),
                config);
        try {
            return run(traffic, simulatedSeconds);
        } finally {
            traffic.detach();
        }
    }

    /** Runs an attached traffic layer for {@code simulatedSeconds} more and measures it. */
    public static Result run(Traffic traffic, double simulatedSeconds) {
        if (traffic.sessions() == null) {
            throw new IllegalArgumentException("the benchmark needs sampled sessions (sampling is off)");
        }
        Simulator sim = traffic.simulator();
        long sessionsBefore = traffic.sessions().stats().started();
        long eventsBefore = sim.executedEvents();
        long recomputationsBefore = traffic.fluid().recomputations();
        long end = Math.addExact(sim.now(), SimTime.seconds(simulatedSeconds));
        long wallStart = System.nanoTime();
        sim.runUntil(end);
        double wall = (System.nanoTime() - wallStart) / 1e9;
        return new Result(traffic.sessions().stats().started() - sessionsBefore, sim.executedEvents() - eventsBefore,
                simulatedSeconds, wall, traffic.fluid().recomputations() - recomputationsBefore);
    }
}
