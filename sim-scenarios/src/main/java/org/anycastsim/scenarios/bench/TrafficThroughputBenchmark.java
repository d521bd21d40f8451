package org.anycastsim.scenarios.bench;

import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.model.ModelConfig;
import org.anycastsim.core.traffic.TrafficBenchmark;
import org.anycastsim.scenarios.run.InitialConvergence;
import org.anycastsim.scenarios.world.BuiltInTopology;
import org.anycastsim.scenarios.world.World;

/**
 * How fast the traffic layer simulates sampled sessions on a built-in world: the world is built
 * and BGP converged first (not timed as traffic), then {@link TrafficBenchmark} attaches the
 * default demand (every service at {@value TrafficBenchmark#SERVICE_RPS} requests/s, spread over
 * the eyeball networks by users) with a sampling rate chosen so that the requested number of
 * sessions starts within the simulated span, and times that span.
 */
public final class TrafficThroughputBenchmark {
    /**
     * The figures.
     *
     * @param prepareNanos wall time to build the world and converge BGP
     * @param convergence  the start-up until quiet
     * @param traffic      sessions, kernel events, simulated and wall seconds of the timed span
     */
    public record Result(long prepareNanos, InitialConvergence.Result convergence, TrafficBenchmark.Result traffic) {}

    private TrafficThroughputBenchmark() {}

    public static Result run(BuiltInTopology<?> topology, long sessions, double simulatedSeconds, long seed) {
        if (sessions < 1 || !(simulatedSeconds > 0)) {
            throw new IllegalArgumentException("sessions and simulated seconds must be positive");
        }
        long start = System.nanoTime();
        World world = topology.build();
        AnycastModel model = AnycastModel.build(world.topology(), world.sessions(), ModelConfig.defaults(), seed);
        InitialConvergence.Result convergence = InitialConvergence.run(model);
        long prepared = System.nanoTime() - start;
        TrafficBenchmark.Result traffic = TrafficBenchmark.run(model.simulator(), model.topology(), model.forwarding(),
                model.hosts(), sessions / simulatedSeconds, simulatedSeconds);
        return new Result(prepared, convergence, traffic);
    }
}
