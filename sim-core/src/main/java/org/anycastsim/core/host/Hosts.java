package org.anycastsim.core.host;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.metrics.EventLog;
import org.anycastsim.core.metrics.LogKind;
import org.anycastsim.core.net.ControlServer;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Topology;

/**
 * The host layer of a topology, assembled: a {@link ServerHost} (with its monitor daemon and BGP
 * daemon) for every server, a {@link ControlServerAgent} for every PoP with a control server, the
 * {@link Operations} facade, and the {@link HostView} the traffic layer reads.
 *
 * <p>The BGP layer plugs in through the daemon factory, the traffic layer through the
 * {@link LoadView} (which may be attached after building, {@link #setLoadView}, since the traffic
 * layer itself needs this {@link HostView}). A PoP with several control servers uses the first; in
 * a PoP without one, nobody reboots dead boxes, monitors do not shed load (they cannot see the
 * PoP's load) and a booted box starts its own BGP daemon.
 */
public final class Hosts implements HostView {
    private final Simulator simulator;
    private final EventLog log;
    private final HostConfig config;
    private final ServiceCatalog catalog;
    private final ServerHost[] byNode;
    private final List<ServerHost> hosts = new ArrayList<>();
    private final Map<String, ControlServerAgent> agents = new LinkedHashMap<>();
    private final DelegatingLoad load = new DelegatingLoad();
    private final Operations operations;
    private boolean started;

    private Hosts(Simulator simulator, Topology topology, EventLog log, HostConfig config,
            Function<Server, BgpDaemon> daemons) {
        this.simulator = simulator;
        this.log = log;
        this.config = config;
        this.catalog = ServiceCatalog.of(topology, config.services());
        this.byNode = new ServerHost[topology.nodeCount()];
        for (Server server : topology.nodesOf(Server.class)) {
            BgpDaemon daemon = Objects.requireNonNull(daemons.apply(server), "no BGP daemon for " + server.name());
            ServerHost host = new ServerHost(simulator, topology, log, server, catalog, config, daemon, load);
            byNode[server.id()] = host;
            hosts.add(host);
        }
        for (String pop : topology.pops()) {
            List<ServerHost> popHosts = new ArrayList<>();
            ControlServer control = null;
            for (Node n : topology.popNodes(pop)) {
                if (n instanceof Server s) {
                    popHosts.add(byNode[s.id()]);
                } else if (n instanceof ControlServer c && control == null) {
                    control = c;
                }
            }
            if (control != null) {
                ControlServerAgent agent = new ControlServerAgent(simulator, topology, log, control, config.control(),
                        load, popHosts);
                agents.put(pop, agent);
                for (ServerHost h : popHosts) {
                    h.monitor().setPop(agent);
                }
            }
        }
        for (ServerHost h : hosts) {
            h.setStartsOwnDaemon(h.server().pop() == null || !agents.containsKey(h.server().pop()));
        }
        this.operations = new Operations(this, new NetworkOperations(simulator, topology, log, config.repairs()), log);
    }

    /**
     * Builds the hosts of every PoP of {@code topology}.
     *
     * @param daemons the BGP layer's daemon for each server (a recording fake in tests)
     * @param load    the traffic layer's loads; null to attach later with {@link #setLoadView}
     *                (until then every server looks idle)
     */
    public static Hosts build(Simulator simulator, Topology topology, EventLog log, HostConfig config,
            Function<Server, BgpDaemon> daemons, LoadView load) {
        Hosts hosts = new Hosts(simulator, topology, log, config, daemons);
        hosts.setLoadView(load);
        return hosts;
    }

    /** Tells {@code listener} whenever what a server can serve may have changed (one listener; the traffic layer). */
    public void setListener(HostListener listener) {
        for (ServerHost h : hosts) {
            h.setListener(listener);
        }
    }

    /** Attaches (or replaces) the traffic layer's loads. */
    public void setLoadView(LoadView view) {
        load.target = view;
    }

    /**
     * Brings every server into service: up, processes running, BGP daemon started, all its prefixes
     * announced, monitor checking; each at a random offset in {@code [0, startStaggerSeconds)} (from
     * stream {@code host.<name>.start}), as events. Control servers probe from one probe interval
     * after the last possible start.
     */
    public void start() {
        if (started) {
            throw new IllegalStateException("hosts already started");
        }
        started = true;
        long stagger = SimTime.seconds(config.startStaggerSeconds());
        for (ServerHost h : hosts) {
            long offset = stagger == 0 ? 0
                    : (long) (simulator.random().stream("host." + h.name() + ".start").nextDouble() * stagger);
            simulator.scheduleAfter(offset, () -> h.bringIntoService(config.logStartup()));
        }
        long firstProbe = simulator.now() + stagger + SimTime.seconds(config.control().probeIntervalSeconds());
        for (ControlServerAgent agent : agents.values()) {
            agent.start(firstProbe);
        }
        log.log(LogKind.INFO, "hosts-start", null, hosts.size() + " servers come into service, watched by "
                + agents.size() + " control server(s)");
    }

    public ServiceCatalog catalog() {
        return catalog;
    }

    public HostConfig config() {
        return config;
    }

    public Operations operations() {
        return operations;
    }

    public List<ServerHost> hosts() {
        return Collections.unmodifiableList(hosts);
    }

    /** The host of a server node. */
    public ServerHost host(Server server) {
        ServerHost h = host(server.id());
        if (h == null || h.server() != server) {
            throw new IllegalArgumentException(server + " has no host here");
        }
        return h;
    }

    /** The host of a node id, or null if the node is not a server. */
    public ServerHost host(int nodeId) {
        return nodeId >= 0 && nodeId < byNode.length ? byNode[nodeId] : null;
    }

    /** The host of the server of that name, or null. */
    public ServerHost host(String serverName) {
        for (ServerHost h : hosts) {
            if (h.name().equals(serverName)) {
                return h;
            }
        }
        return null;
    }

    /** The control-server agent of a PoP, or null if the PoP has no control server. */
    public ControlServerAgent agent(String pop) {
        return agents.get(pop);
    }

    public List<ControlServerAgent> agents() {
        return List.copyOf(agents.values());
    }

    // ---- HostView ----

    @Override
    public boolean canServe(int serverNodeId, String service) {
        ServerHost h = host(serverNodeId);
        int s = catalog.indexOf(service);
        return h != null && s >= 0 && h.canServe(s);
    }

    @Override
    public double capacityRps(int serverNodeId, String service) {
        ServerHost h = host(serverNodeId);
        return h == null ? 0.0 : h.capacityRps(service);
    }

    @Override
    public double extraLoadRps(int serverNodeId) {
        ServerHost h = host(serverNodeId);
        return h == null ? 0.0 : h.extraLoadRps();
    }

    /**
     * The server's capacity for client traffic now (the services with prefixes that can serve); the
     * denominator of the utilisation the monitors compare with their water marks.
     */
    public double servingCapacityRps(int serverNodeId) {
        ServerHost h = host(serverNodeId);
        return h == null ? 0.0 : h.servingCapacityRps();
    }

    /**
     * The M/M/c mean queueing wait of {@code arrivalRps} at the service's process on that server
     * ({@link QueueingModel#meanWaitSeconds}); infinite when it cannot serve or is saturated.
     */
    public double meanWaitSeconds(int serverNodeId, String service, double arrivalRps) {
        ServerHost h = host(serverNodeId);
        int s = catalog.indexOf(service);
        if (h == null || s < 0 || !h.canServe(s)) {
            return Double.POSITIVE_INFINITY;
        }
        ServiceProcess p = h.process(s);
        return QueueingModel.meanWaitSeconds(arrivalRps, p.capacityRps(), p.workerSlots());
    }

    private static final class DelegatingLoad implements LoadView {
        private LoadView target;

        @Override
        public double offeredRps(int serverNodeId, String service) {
            return target == null ? 0.0 : target.offeredRps(serverNodeId, service);
        }

        @Override
        public double utilisation(int serverNodeId) {
            return target == null ? 0.0 : target.utilisation(serverNodeId);
        }
    }
}
