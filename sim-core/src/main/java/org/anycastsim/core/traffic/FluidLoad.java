package org.anycastsim.core.traffic;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anycastsim.core.forward.FibListener;
import org.anycastsim.core.host.HostView;
import org.anycastsim.core.host.LoadView;
import org.anycastsim.core.kernel.Event;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.metrics.Catchment;
import org.anycastsim.core.metrics.LatencyStats;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Topology;
import org.anycastsim.core.net.TopologyListener;
import org.anycastsim.core.traffic.demand.Demand;

/**
 * Aggregate load as a fluid: the rate of every flow (client network, service prefix) is pushed
 * along the current FIBs — split at every ECMP group by each next hop's exact share of the hash
 * space — to servers, where {@code served = min(offered, capacity)} and the rest is dropped.
 * Traffic without a route (no route, unreachable, loop) is dropped in the network. Every rate is
 * integrated exactly (rates are constant between recomputations), so request counts are exact,
 * and {@code offered = served + dropped} holds at every instant and in the integrals.
 *
 * <p><b>When it recomputes.</b> A FIB change marks the flows whose paths crossed that router for
 * an overlapping prefix (an index router -> flows); a link or node change marks every flow (the
 * IGP may move paths anywhere in an AS; such changes are rare); a host change re-reads that
 * server's capacity; a demand change point re-rates every flow. All changes at one instant are
 * coalesced into one recomputation, an event scheduled at that instant, so a burst of FIB updates
 * costs one walk per affected flow. Until that event runs, queries answer with the previous state.
 *
 * <p><b>Plugging in.</b> Register it with {@code Forwarding.addListener} and
 * {@code Topology.addListener} (the {@link Traffic} facade does), call {@link #start()}, and have
 * the host layer call {@link #hostsChanged(int)} when a server's capacity or ability to serve
 * changes. It is the host layer's {@link LoadView}.
 */
public final class FluidLoad implements LoadView, FibListener, TopologyListener {
    private final Simulator simulator;
    private final PathWalker walker;
    private final HostView hosts;
    private final Demand demand;
    private final Topology topology;
    private final int prefixCount;
    private final int serviceCount;
    private final Map<String, Integer> serviceIndex = new HashMap<>();
    private final FlowRoute[] flows;
    private final BitSet[] flowsAtNode;
    private final BitSet dirtyFlows;
    private final BitSet dirtyServers;
    private final int[] servers;
    final ServerCells cells;
    final PopIndex pops;
    private final LoadAggregates aggregates;
    /** Offered at the source per (service, class): {@code 2 * service + class}. */
    final RateIntegrals sourceOffered;
    /** Lost in the network per (service, reason, class): {@code 2 * (3 * service + reason) + class}. */
    final RateIntegrals networkDropped;
    private final PathWalker.Spread spread = new PathWalker.Spread();
    private final boolean[] prefixHit;
    private final Event recomputeEvent = this::recompute;
    private final Event demandTick = this::demandChanged;
    private boolean recomputePending;
    private boolean ratesDirty;
    private boolean topologyDirty;
    private boolean allHostsDirty;
    private boolean started;
    private long recomputations;
    private long flowWalks;

    public FluidLoad(Simulator simulator, PathWalker walker, HostView hosts, Demand demand, QueueModel queue) {
        this.simulator = simulator;
        this.walker = walker;
        this.hosts = hosts;
        this.demand = demand;
        this.topology = walker.topology();
        this.prefixCount = demand.prefixCount();
        this.serviceCount = demand.serviceCount();
        for (int s = 0; s < serviceCount; s++) {
            serviceIndex.put(demand.service(s), s);
        }
        int n = topology.nodeCount();
        flows = new FlowRoute[demand.clientCount() * prefixCount];
        for (int c = 0; c < demand.clientCount(); c++) {
            for (int p = 0; p < prefixCount; p++) {
                Prefix prefix = demand.prefix(p);
                flows[c * prefixCount + p] = new FlowRoute(c, p, demand.serviceOfPrefix(p), demand.client(c).id(),
                        prefix.address());
            }
        }
        flowsAtNode = new BitSet[n];
        dirtyFlows = new BitSet(flows.length);
        dirtyServers = new BitSet(n);
        servers = topology.nodesOf(Server.class).stream().mapToInt(Node::id).toArray();
        cells = new ServerCells(n, serviceCount, queue);
        pops = new PopIndex(topology);
        sourceOffered = new RateIntegrals(2 * serviceCount);
        networkDropped = new RateIntegrals(2 * DropReason.NETWORK.length * serviceCount);
        prefixHit = new boolean[prefixCount];
        aggregates = new LoadAggregates(this);
    }

    /** Computes the first state at the current instant and follows demand change points from then on. */
    public void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        topologyDirty = true;
        allHostsDirty = true;
        ratesDirty = true;
        requestRecompute();
        scheduleDemandTick();
    }

    // ---- change notifications ----

    @Override
    public void fibChanged(int nodeId, Prefix prefix) {
        BitSet crossing = flowsAtNode[nodeId];
        if (crossing == null || crossing.isEmpty()) {
            return;
        }
        boolean anyPrefix = false;
        for (int p = 0; p < prefixCount; p++) {
            prefixHit[p] = overlaps(prefix, demand.prefix(p));
            anyPrefix |= prefixHit[p];
        }
        if (!anyPrefix) {
            return;
        }
        for (int f = crossing.nextSetBit(0); f >= 0; f = crossing.nextSetBit(f + 1)) {
            if (prefixHit[flows[f].prefix]) {
                dirtyFlows.set(f);
            }
        }
        requestRecompute();
    }

    static boolean overlaps(Prefix a, Prefix b) {
        return a.contains(b.address()) || b.contains(a.address());
    }

    @Override
    public void linkChanged(Link link) {
        topologyDirty = true;
        requestRecompute();
    }

    @Override
    public void nodeChanged(Node node) {
        if (node.isHost()) {
            // A host forwards nothing, and paths reach it either way (see PathWalker): only what it
            // can serve changes, which the host layer reports through hostsChanged(server).
            return;
        }
        topologyDirty = true;
        requestRecompute();
    }

    /** Every server's capacity, ability to serve or extra load may have changed. */
    public void hostsChanged() {
        allHostsDirty = true;
        requestRecompute();
    }

    /** One server's capacity, ability to serve (a process or the box died or came back) or extra load changed. */
    public void hostsChanged(int serverNodeId) {
        dirtyServers.set(serverNodeId);
        requestRecompute();
    }

    private void demandChanged() {
        ratesDirty = true;
        requestRecompute();
        scheduleDemandTick();
    }

    private void scheduleDemandTick() {
        long next = demand.nextChangeAfter(simulator.now());
        if (next != SimTime.NEVER) {
            simulator.schedule(next, demandTick);
        }
    }

    private void requestRecompute() {
        if (started && !recomputePending) {
            recomputePending = true;
            simulator.scheduleAfter(0, recomputeEvent);
        }
    }

    // ---- recomputation ----

    private void recompute() {
        recomputePending = false;
        long now = simulator.now();
        recomputations++;
        if (topologyDirty) {
            topologyDirty = false;
            dirtyFlows.set(0, flows.length);
        }
        if (allHostsDirty) {
            allHostsDirty = false;
            dirtyServers.clear();
            for (int s : servers) {
                cells.refresh(s, hosts, demand.services());
            }
        } else {
            for (int s = dirtyServers.nextSetBit(0); s >= 0; s = dirtyServers.nextSetBit(s + 1)) {
                cells.refresh(s, hosts, demand.services());
            }
            dirtyServers.clear();
        }
        if (ratesDirty) {
            ratesDirty = false;
            for (int f = 0; f < flows.length; f++) {
                FlowRoute r = flows[f];
                double legit = demand.legitRate(r.client, r.prefix, now);
                double attack = demand.attackRate(r.client, r.prefix, now);
                if (dirtyFlows.get(f)) {
                    reroute(f, legit, attack, now);
                } else if (legit != r.legit || attack != r.attack) {
                    contribute(r, legit - r.legit, attack - r.attack, 0, now);
                    r.legit = legit;
                    r.attack = attack;
                }
            }
        } else {
            for (int f = dirtyFlows.nextSetBit(0); f >= 0; f = dirtyFlows.nextSetBit(f + 1)) {
                reroute(f, flows[f].legit, flows[f].attack, now);
            }
        }
        dirtyFlows.clear();
        cells.settle(now);
    }

    private void reroute(int f, double legit, double attack, long now) {
        FlowRoute r = flows[f];
        if (r.routed) {
            contribute(r, -r.legit, -r.attack, -1, now);
            for (int i = 0; i < r.routerCount; i++) {
                flowsAtNode[r.routers[i]].clear(f);
            }
        }
        walker.spread(r.source, r.dstIp, spread);
        flowWalks++;
        r.copy(spread, cells);
        r.legit = legit;
        r.attack = attack;
        contribute(r, legit, attack, +1, now);
        for (int i = 0; i < r.routerCount; i++) {
            int node = r.routers[i];
            if (flowsAtNode[node] == null) {
                flowsAtNode[node] = new BitSet(flows.length);
            }
            flowsAtNode[node].set(f);
        }
    }

    /** Adds (or, with negative rates and sign -1, takes back) a flow's contributions everywhere. */
    private void contribute(FlowRoute r, double legit, double attack, int sign, long now) {
        int s = r.service;
        sourceOffered.add(2 * s, legit, sign, now);
        sourceOffered.add(2 * s + 1, attack, sign, now);
        for (int reason = 0; reason < r.lost.length; reason++) {
            double f = r.lost[reason];
            if (f > 0) {
                int i = 2 * (DropReason.NETWORK.length * s + reason);
                networkDropped.add(i, legit * f, sign, now);
                networkDropped.add(i + 1, attack * f, sign, now);
            }
        }
        for (int k = 0; k < r.count; k++) {
            double f = r.fraction[k];
            cells.addOffered(r.cell[k], legit * f, attack * f, sign, now);
        }
    }

    // ---- LoadView and per-server queries ----

    @Override
    public double offeredRps(int serverNodeId, String service) {
        Integer s = serviceIndex.get(service);
        return s == null ? 0.0 : cells.offeredRate(cells.cell(serverNodeId, s));
    }

    @Override
    public double utilisation(int serverNodeId) {
        return cells.utilisation(serverNodeId);
    }

    /** The probability that a request for service {@code service} (index) arriving at the server now is served. */
    public double servedFraction(int serverNodeId, int service) {
        return cells.servedFraction(cells.cell(serverNodeId, service));
    }

    /** Effective capacity of a (server, service index), requests per second. */
    public double capacityRps(int serverNodeId, int service) {
        return cells.capacity(cells.cell(serverNodeId, service));
    }

    /** Offered load of a (server, service index), all classes, requests per second. */
    public double offeredRps(int serverNodeId, int service) {
        return cells.offeredRate(cells.cell(serverNodeId, service));
    }

    /** Mean queueing wait at a (server, service index) now, seconds. */
    public double meanWaitSeconds(int serverNodeId, int service) {
        return cells.meanWaitSeconds(cells.cell(serverNodeId, service));
    }

    /** Rates (requests per second, all classes) of one server for one service. */
    public Load serverRates(int serverNodeId, String service) {
        int c = cells.cell(serverNodeId, requireService(service));
        return new Load(cells.offeredRate(c), cells.servedRate(c), cells.droppedRate(c));
    }

    /** Rates (requests per second, all classes and services) of one server. */
    public Load serverRates(int serverNodeId) {
        Load sum = Load.ZERO;
        for (int s = 0; s < serviceCount; s++) {
            sum = sum.plus(serverRates(serverNodeId, demand.service(s)));
        }
        return sum;
    }

    private int requireService(String service) {
        Integer s = serviceIndex.get(service);
        if (s == null) {
            throw new IllegalArgumentException("unknown service '" + service + "'");
        }
        return s;
    }

    // ---- aggregates ----

    public Demand demand() {
        return demand;
    }

    public Simulator simulator() {
        return simulator;
    }

    public Topology topology() {
        return topology;
    }

    /** PoP codes with servers, in topology order. */
    public List<String> pops() {
        return pops.codes();
    }

    public PopIndex popIndex() {
        return pops;
    }

    /** Sums over PoPs, services, clients and the whole run, as rates or as integrated request counts. */
    public LoadAggregates aggregates() {
        return aggregates;
    }

    /** Which PoP each client network reaches now, over all service prefixes. */
    public Catchment catchment(String label) {
        return Catchments.snapshot(this, label, null);
    }

    /** Which PoP each client network reaches now for one prefix. */
    public Catchment catchment(String label, Prefix prefix) {
        return Catchments.snapshot(this, label, prefix);
    }

    /**
     * The latency of legitimate traffic now, per client region and PoP (see {@link FluidLatency}).
     * Clears {@code into} first.
     */
    public LatencyStats latencyInto(LatencyStats into) {
        return FluidLatency.into(this, into);
    }

    /** A fresh {@link #latencyInto} over the clients' regions and the PoPs. */
    public LatencyStats latencyNow() {
        return FluidLatency.into(this, FluidLatency.statsFor(this));
    }

    // ---- bookkeeping for probes, catchments, tests ----

    /** How many recomputations ran (one per instant with changes). */
    public long recomputations() {
        return recomputations;
    }

    /** How many flow walks ran in total (the work the router -> flows index saves). */
    public long flowWalks() {
        return flowWalks;
    }

    int flowCount() {
        return flows.length;
    }

    FlowRoute flow(int index) {
        return flows[index];
    }

    int[] servers() {
        return servers;
    }

    int serviceCount() {
        return serviceCount;
    }

    /** The distinct routing nodes (ids) that the flow (client index, prefix index) currently crosses. */
    public int[] routersOf(int client, int prefix) {
        FlowRoute r = flows[client * prefixCount + prefix];
        return Arrays.copyOf(r.routers, r.routerCount);
    }

    /** Fraction of flow (client index, prefix index) delivered to each server now (server node id -> fraction). */
    public Map<Integer, Double> deliveries(int client, int prefix) {
        FlowRoute r = flows[client * prefixCount + prefix];
        Map<Integer, Double> out = new java.util.TreeMap<>();
        for (int k = 0; k < r.count; k++) {
            out.merge(r.server[k], r.fraction[k], Double::sum);
        }
        return out;
    }

    /** Fraction of flow (client index, prefix index) lost in the network for a reason. */
    public double lostFraction(int client, int prefix, DropReason reason) {
        if (reason == DropReason.SERVER) {
            throw new IllegalArgumentException("not a network reason: " + reason);
        }
        return flows[client * prefixCount + prefix].lost[reason.ordinal()];
    }
}
