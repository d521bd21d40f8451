package org.anycastsim.core.model;

import org.anycastsim.core.bgp.BgpBuilder;
import org.anycastsim.core.bgp.BgpNetwork;
import org.anycastsim.core.bgp.ConvergenceMonitor;
import org.anycastsim.core.bgp.ServerBgpDaemon;
import org.anycastsim.core.forward.Forwarding;
import org.anycastsim.core.forward.PathResolver;
import org.anycastsim.core.host.Hosts;
import org.anycastsim.core.host.LoadView;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.metrics.EventLog;
import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.NodeKind;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Topology;
import org.anycastsim.core.traffic.Traffic;
import org.anycastsim.core.traffic.TrafficConfig;
import org.anycastsim.core.traffic.demand.Demand;

/**
 * One run's assembled model: the kernel, the topology and its IGP, the data plane, BGP built
 * from the session plan, the hosts (servers, monitors, control servers) driving their BIRD
 * daemons, the event log and the convergence monitor. The traffic layer attaches to it.
 */
public final class AnycastModel {
    private final Simulator simulator;
    private final Topology topology;
    private final Igp igp;
    private final Forwarding forwarding;
    private final PathResolver paths;
    private final BgpNetwork bgp;
    private final EventLog log;
    private final Hosts hosts;
    private final ConvergenceMonitor convergence;
    private final ModelConfig config;
    private Traffic traffic;

    private AnycastModel(Topology topology, SessionPlan plan, ModelConfig config, long seed, LoadView load,
            BgpBuilder.SessionOverrides overrides) {
        this.config = config;
        this.topology = topology;
        this.simulator = new Simulator(seed);
        this.igp = new Igp(topology);
        this.forwarding = new Forwarding(topology,
                node -> node.kind() == NodeKind.ROUTER && node.pop() != null ? config.popHashing() : config.wanHashing());
        long perHop = config.propagation().perHopProcessingNanos();
        this.paths = new PathResolver(topology, igp, forwarding, perHop);
        this.bgp = new BgpNetwork(simulator, topology, igp, forwarding, config.bgpProcessingNanos(), perHop);
        BgpBuilder.build(bgp, plan, config.bgp(), overrides);
        this.convergence = new ConvergenceMonitor(simulator, config.maxUpdatesPerEvent(), config.maxSettleNanos());
        bgp.addListener(convergence);
        forwarding.addListener(convergence);
        this.log = new EventLog(simulator);
        this.hosts = Hosts.build(simulator, topology, log, config.hosts(),
                server -> new ServerBgpDaemon(bgp.speaker(server)), load);
    }

    /** Builds the model; attach the traffic layer's {@link LoadView} later with {@link Hosts#setLoadView}. */
    public static AnycastModel build(Topology topology, SessionPlan plan, ModelConfig config, long seed) {
        return new AnycastModel(topology, plan, config, seed, null, BgpBuilder.SessionOverrides.NONE);
    }

    /** Builds the model with per-session timers and policies (explicit scenario topologies). */
    public static AnycastModel build(Topology topology, SessionPlan plan, ModelConfig config, long seed,
            BgpBuilder.SessionOverrides overrides) {
        return new AnycastModel(topology, plan, config, seed, null, overrides);
    }

    /**
     * Attaches the traffic layer: demand routed as a fluid through the FIBs (and sampled sessions),
     * told of every FIB change and of every change of what a server can serve; its loads feed the
     * monitors' load shedding.
     */
    public Traffic attachTraffic(Demand demand, TrafficConfig trafficConfig) {
        if (traffic != null) {
            throw new IllegalStateException("traffic already attached");
        }
        traffic = Traffic.attach(simulator, topology, igp, forwarding, hosts, demand, trafficConfig);
        hosts.setLoadView(traffic.loadView());
        hosts.setListener(traffic::hostsChanged);
        return traffic;
    }

    /** The traffic layer, or null when none is attached. */
    public Traffic traffic() {
        return traffic;
    }

    /** Starts the routers' BGP and brings the servers into service (they announce their prefixes). */
    public void start() {
        bgp.startAll();
        hosts.start();
    }

    public Simulator simulator() {
        return simulator;
    }

    public Topology topology() {
        return topology;
    }

    public Igp igp() {
        return igp;
    }

    public Forwarding forwarding() {
        return forwarding;
    }

    public PathResolver paths() {
        return paths;
    }

    public BgpNetwork bgp() {
        return bgp;
    }

    public EventLog log() {
        return log;
    }

    public Hosts hosts() {
        return hosts;
    }

    public ConvergenceMonitor convergence() {
        return convergence;
    }

    public ModelConfig config() {
        return config;
    }
}
