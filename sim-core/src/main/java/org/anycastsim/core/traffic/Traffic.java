package org.anycastsim.core.traffic;

import java.util.LinkedHashMap;
import java.util.Map;
import org.anycastsim.core.forward.Forwarding;
import org.anycastsim.core.host.HostView;
import org.anycastsim.core.host.LoadView;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.metrics.Catchment;
import org.anycastsim.core.metrics.MetricsRecorder;
import org.anycastsim.core.metrics.TrafficTotals;
import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.Topology;
import org.anycastsim.core.traffic.demand.Demand;
import org.anycastsim.core.traffic.session.SampledSessions;

/**
 * The traffic layer of one run, wired into the simulator: the fluid load (always) and the sampled
 * sessions (unless sampling is off). {@link #attach} registers both as FIB and topology listeners
 * and starts them at the current instant.
 *
 * <p>Who calls what:
 * <ul>
 *   <li>the BGP layer changes FIBs through {@link Forwarding#install}; the traffic layer hears it;</li>
 *   <li>the host layer calls {@link #hostsChanged(int)} when a server or process dies or comes back,
 *       or its capacity or extra load changes, and reads load through {@link #loadView()};</li>
 *   <li>the scenario layer adds {@link #probe()} to its {@link MetricsRecorder}, takes
 *       {@link #catchment} snapshots, and reads {@link #totals()} at the end.</li>
 * </ul>
 */
public final class Traffic {
    private final Simulator simulator;
    private final Topology topology;
    private final Forwarding forwarding;
    private final FluidLoad fluid;
    private final SampledSessions sessions;

    private Traffic(Simulator simulator, Topology topology, Forwarding forwarding, FluidLoad fluid,
            SampledSessions sessions) {
        this.simulator = simulator;
        this.topology = topology;
        this.forwarding = forwarding;
        this.fluid = fluid;
        this.sessions = sessions;
    }

    /** Builds the traffic layer over a prepared world, registers its listeners and starts it now. */
    public static Traffic attach(Simulator simulator, Topology topology, Igp igp, Forwarding forwarding,
            HostView hosts, Demand demand, TrafficConfig config) {
        PathWalker walker = new PathWalker(topology, igp, forwarding, config.perHopNanos());
        FluidLoad fluid = new FluidLoad(simulator, walker, hosts, demand, config.queue());
        SampledSessions sessions = config.sessions().sampling().isOff() ? null
                : new SampledSessions(simulator, walker, hosts, demand, fluid, config.queue(), config.sessions());
        forwarding.addListener(fluid);
        topology.addListener(fluid);
        fluid.start();
        if (sessions != null) {
            forwarding.addListener(sessions);
            topology.addListener(sessions);
            sessions.start();
        }
        return new Traffic(simulator, topology, forwarding, fluid, sessions);
    }

    /** Unregisters the listeners (pending events still run, harmlessly). */
    public void detach() {
        forwarding.removeListener(fluid);
        topology.removeListener(fluid);
        if (sessions != null) {
            forwarding.removeListener(sessions);
            topology.removeListener(sessions);
        }
    }

    public FluidLoad fluid() {
        return fluid;
    }

    /** The host layer's view of load (the fluid model). */
    public LoadView loadView() {
        return fluid;
    }

    /** The sampled sessions, or null when sampling is off. */
    public SampledSessions sessions() {
        return sessions;
    }

    public Simulator simulator() {
        return simulator;
    }

    /** A server's capacity, ability to serve a service, or extra load changed. */
    public void hostsChanged(int serverNodeId) {
        fluid.hostsChanged(serverNodeId);
        if (sessions != null) {
            sessions.hostsChanged(serverNodeId);
        }
    }

    /** Any server may have changed. */
    public void hostsChanged() {
        fluid.hostsChanged();
        if (sessions != null) {
            sessions.hostsChanged();
        }
    }

    /** The probe that writes the traffic metrics into a {@link MetricsRecorder}. */
    public TrafficProbe probe() {
        return new TrafficProbe(fluid, sessions);
    }

    public Catchment catchment(String label) {
        return fluid.catchment(label);
    }

    /** The run's figures so far (legitimate traffic; attacks apart). */
    public TrafficTotals totals() {
        LoadAggregates agg = fluid.aggregates();
        Load legit = agg.totalCounts(TrafficClass.LEGIT);
        Load attack = agg.totalCounts(TrafficClass.ATTACK);
        Map<String, Double> byReason = new LinkedHashMap<>();
        for (DropReason r : DropReason.values()) {
            byReason.put(r.label(), agg.droppedCount(r, TrafficClass.LEGIT));
        }
        Map<String, Long> broken = sessions == null ? Map.of() : sessions.stats().brokenByLabel();
        long sampled = sessions == null ? 0 : sessions.stats().started();
        return new TrafficTotals(legit.offered(), legit.served(), legit.dropped(), legit.lostFraction(), broken,
                sampled, byReason, attack.offered(), attack.served(), attack.dropped());
    }
}
