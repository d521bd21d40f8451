package org.anycastsim.scenarios.scenario;

import java.util.List;
import java.util.Objects;
import org.anycastsim.scenarios.scenario.bgp.BgpSpec;
import org.anycastsim.scenarios.scenario.expect.Expectation;
import org.anycastsim.scenarios.scenario.hosts.HostsSpec;
import org.anycastsim.scenarios.scenario.source.Where;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction;
import org.anycastsim.scenarios.scenario.topology.TopologySpec;
import org.anycastsim.scenarios.scenario.traffic.TrafficSpec;

/**
 * A scenario file, read and typed: every time in nanoseconds, every rate in requests per second,
 * every bandwidth in bits per second, every random time a {@link org.anycastsim.core.kernel.Distribution}
 * of seconds. Sections left out of the file are present here with their defaults. Values are as
 * written: run {@link org.anycastsim.scenarios.scenario.validate.ScenarioValidator} before
 * trusting them.
 *
 * @param seed           the master seed (1 unless written; the CLI's {@code --seed} overrides it)
 * @param durationNanos  how much simulated time to run
 * @param timeline       the actions in file order (an expectation's {@code event} indexes this list)
 */
public record Scenario(String name, String description, long seed, long durationNanos, TopologySpec topology,
        BgpSpec bgp, HostsSpec hosts, TrafficSpec traffic, List<TimelineAction> timeline,
        List<Expectation> expectations, Where where) {

    public static final long DEFAULT_SEED = 1;

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(bgp, "bgp");
        Objects.requireNonNull(hosts, "hosts");
        Objects.requireNonNull(traffic, "traffic");
        timeline = List.copyOf(timeline);
        expectations = List.copyOf(expectations);
        Objects.requireNonNull(where, "where");
    }

    /** The file name as the user gave it. */
    public String source() {
        return where.position().source();
    }
}
