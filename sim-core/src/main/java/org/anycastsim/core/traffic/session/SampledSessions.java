package org.anycastsim.core.traffic.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.anycastsim.core.forward.FibListener;
import org.anycastsim.core.host.HostView;
import org.anycastsim.core.kernel.Distribution;
import org.anycastsim.core.kernel.Event;
import org.anycastsim.core.kernel.RandomStream;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.metrics.LatencyStats;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Topology;
import org.anycastsim.core.net.TopologyListener;
import org.anycastsim.core.traffic.DropReason;
import org.anycastsim.core.traffic.FluidLoad;
import org.anycastsim.core.traffic.PathWalker;
import org.anycastsim.core.traffic.PopIndex;
import org.anycastsim.core.traffic.QueueModel;
import org.anycastsim.core.traffic.demand.Demand;
import org.anycastsim.core.traffic.session.SessionTable.State;

/**
 * Individual sessions sampled from the demand and simulated on top of the fluid: DNS queries over
 * UDP, HTTP over TCP, HTTPS over TCP + TLS, each with a real 5-tuple (a random address of the
 * client's block, an ephemeral port in 32768–60999, an address of the service prefix), walked
 * through the current FIBs exactly as a packet would be.
 *
 * <p>An attempt is lost when its path ends nowhere, when the server cannot serve the service, or
 * — with the probability the fluid model gives — when the server is over capacity. The client
 * retries per its {@link RetryPolicy} (DNS with a fresh source port, TCP with the same 5-tuple).
 * An established TCP/TLS session breaks when a routing change moves its 5-tuple to another server
 * ({@link BreakCause#SERVER_CHANGE}) or PoP ({@link BreakCause#POP_CHANGE}), or when its server or
 * process dies ({@link BreakCause#SERVER_DEATH}). When its path is cut but not moved, the session
 * stalls and survives if the path comes back to the same server before the session's end, else it
 * breaks with {@link BreakCause#NO_ROUTE} at its end. A DNS query never breaks.
 *
 * <p>Only the sessions a change can affect are re-examined: a FIB change at router r for prefix p
 * looks at the sessions indexed under (r, p), a host change at the server's sessions. Link and
 * node changes (rare) re-examine every session. Re-examinations at one instant are coalesced into
 * one event, so a burst of FIB updates is judged on the final FIBs of that instant.
 *
 * <p>Plugging in: register with {@code Forwarding.addListener} and {@code Topology.addListener}
 * (the {@code Traffic} facade does), call {@link #start()}, and call {@link #hostsChanged(int)}
 * when a server or process dies.
 */
public final class SampledSessions implements FibListener, TopologyListener {
    private final Simulator simulator;
    private final PathWalker walker;
    private final HostView hosts;
    private final Demand demand;
    private final FluidLoad fluid;
    private final QueueModel queue;
    private final SessionConfig config;
    private final Node[] nodes;
    private final PopIndex pops;
    private final SessionTable table;
    private final SessionStats stats;
    private final ArrivalProcess arrivals;
    private final TupleSource tuples;
    private final RandomStream service;
    private final RandomStream kindChoice;
    private final Distribution.Sampler duration;
    private final PathWalker.Trace trace = new PathWalker.Trace();
    private final int[] clientRegion;
    private final SessionKind[][] kinds;
    private final double[][] kindCdf;
    private final boolean[] prefixHit;
    private final Event reevaluate = this::reevaluatePending;
    private int[] pendingSlots = new int[64];
    private long[] pendingIds = new long[64];
    private int pendingCount;
    private boolean reevaluateAll;
    private boolean reevaluationScheduled;
    private int epoch = 1;
    private long nextId;
    private long reevaluations;
    private boolean started;

    public SampledSessions(Simulator simulator, PathWalker walker, HostView hosts, Demand demand, FluidLoad fluid,
            QueueModel queue, SessionConfig config) {
        this.simulator = simulator;
        this.walker = walker;
        this.hosts = hosts;
        this.demand = demand;
        this.fluid = fluid;
        this.queue = queue;
        this.config = config;
        Topology topology = walker.topology();
        nodes = topology.nodes().toArray(new Node[0]);
        pops = fluid.popIndex();
        table = new SessionTable(topology.nodeCount(), demand.prefixCount(), 1024, this::onTimer);
        List<String> regions = LatencyStats.distinct(demand.clients().stream().map(ClientNetwork::region).toList());
        stats = new SessionStats(demand.services(), regions, pops.codes());
        tuples = new TupleSource(demand, simulator.random().stream("traffic.sessions.tuples"));
        service = simulator.random().stream("traffic.sessions.service");
        // Its own stream: changing a service's mix of kinds must not shift the addresses and ports drawn.
        kindChoice = simulator.random().stream("traffic.sessions.kinds");
        duration = config.duration().sampler(simulator.random().stream("traffic.sessions.durations"));
        clientRegion = new int[demand.clientCount()];
        for (int c = 0; c < clientRegion.length; c++) {
            clientRegion[c] = regions.indexOf(demand.client(c).region());
        }
        kinds = new SessionKind[demand.serviceCount()][];
        kindCdf = new double[demand.serviceCount()][];
        for (int s = 0; s < demand.serviceCount(); s++) {
            Map<SessionKind, Double> mix = config.mixOf(demand.service(s));
            kinds[s] = mix.keySet().toArray(new SessionKind[0]);
            kindCdf[s] = cdf(mix.values().stream().mapToDouble(Double::doubleValue).toArray());
        }
        prefixHit = new boolean[demand.prefixCount()];
        double fraction = config.sampling().fractionOf(demand.totalLegitRate(simulator.now()));
        arrivals = new ArrivalProcess(simulator, demand, simulator.random().stream("traffic.sessions.arrivals"),
                fraction, this::arrive);
    }

    private static double[] cdf(double[] w) {
        double[] out = new double[w.length];
        double sum = Arrays.stream(w).sum();
        double acc = 0;
        for (int i = 0; i < w.length; i++) {
            acc += w[i] / sum;
            out[i] = acc;
        }
        out[w.length - 1] = 1.0;
        return out;
    }

    /** Starts the arrivals (from now). */
    public void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        arrivals.start();
    }

    public SessionStats stats() {
        return stats;
    }

    public SessionConfig config() {
        return config;
    }

    /** Sessions currently open or waiting to retry. */
    public int liveCount() {
        return table.live();
    }

    /** How many times an open session was re-examined after a change (the work the indices save). */
    public long reevaluations() {
        return reevaluations;
    }

    /** Sampled sessions per second at the current demand. */
    public double arrivalRate() {
        return arrivals.totalRate();
    }

    // ---- arrivals and attempts ----

    private void arrive(int client, int prefix) {
        int svc = demand.serviceOfPrefix(prefix);
        SessionKind kind = pickKind(svc);
        int s = table.allocate();
        table.id[s] = ++nextId;
        table.client[s] = client;
        table.prefix[s] = prefix;
        table.service[s] = svc;
        table.kind[s] = kind;
        table.srcIp[s] = tuples.sourceAddress(client);
        table.dstIp[s] = tuples.destinationAddress(prefix);
        table.srcPort[s] = tuples.ephemeralPort();
        table.start[s] = simulator.now();
        stats.started(svc);
        attempt(s);
    }

    private SessionKind pickKind(int svc) {
        double[] cdf = kindCdf[svc];
        if (cdf.length == 1) {
            return kinds[svc][0];
        }
        double u = kindChoice.nextDouble();
        int i = 0;
        while (u >= cdf[i] && i < cdf.length - 1) {
            i++;
        }
        return kinds[svc][i];
    }

    private void walk(int s) {
        SessionKind kind = table.kind[s];
        walker.trace(tuples.sourceNode(table.client[s]), table.srcIp[s], table.dstIp[s], table.srcPort[s], kind.port(),
                kind.protocol(), trace);
    }

    private void attempt(int s) {
        int svc = table.service[s];
        SessionKind kind = table.kind[s];
        walk(s);
        DropReason lost = null;
        int dest = trace.destination();
        if (!trace.delivered()) {
            lost = DropReason.of(trace.outcome());
        } else if (!hosts.canServe(dest, demand.service(svc))
                || !service.bernoulli(fluid.servedFraction(dest, svc))) {
            lost = DropReason.SERVER;
        }
        if (lost != null) {
            stats.lostAttempt(lost);
            RetryPolicy policy = kind.isConnection() ? config.tcpRetry() : config.dnsRetry();
            int tries = table.attempt[s] + 1;
            if (tries < policy.maxTries()) {
                table.state[s] = State.RETRY_WAIT;
                table.timer[s] = simulator.scheduleAfter(policy.waitAfter(table.attempt[s]), table.timerEvent(s));
                table.attempt[s] = tries;
                stats.retried();
            } else {
                stats.failed(svc);
                table.release(s);
            }
            return;
        }
        long rtt = 2 * trace.oneWayNanos();
        double wait = queue.sampleWaitSeconds(fluid.offeredRps(dest, svc), fluid.capacityRps(dest, svc), service);
        stats.latency().record(rtt / 1e6 + wait * 1e3, clientRegion[table.client[s]], pops.popOf(dest), 1.0);
        if (!kind.isConnection()) {
            stats.answered(svc);
            table.release(s);
            return;
        }
        table.state[s] = State.ESTABLISHED;
        table.indexPath(s, trace);
        table.indexServer(s, dest);
        long end = kind.handshakeRtts() * rtt + duration.sampleSecondsAsNanos();
        table.timer[s] = simulator.scheduleAfter(end, table.timerEvent(s));
    }

    private void onTimer(int s) {
        table.timer[s] = Simulator.NO_EVENT;
        if (table.state[s] == State.RETRY_WAIT) {
            if (!table.kind[s].isConnection()) {
                // A stub resolver sends each retry from a fresh random port (RFC 5452).
                table.srcPort[s] = tuples.ephemeralPort();
            }
            attempt(s);
        } else if (table.state[s] == State.ESTABLISHED) {
            if (table.stalled[s]) {
                stats.broken(table.service[s], BreakCause.NO_ROUTE);
            } else {
                stats.completed(table.service[s]);
            }
            table.release(s);
        }
    }

    private void breakSession(int s, BreakCause cause) {
        simulator.cancel(table.timer[s]);
        table.timer[s] = Simulator.NO_EVENT;
        stats.broken(table.service[s], cause);
        table.release(s);
    }

    // ---- routing changes ----

    @Override
    public void fibChanged(int nodeId, Prefix prefix) {
        boolean any = false;
        for (int p = 0; p < prefixHit.length; p++) {
            prefixHit[p] = prefix.contains(tuples.prefixAddress(p)) || demand.prefix(p).contains(prefix.address());
            if (prefixHit[p]) {
                any |= collect(table.key(nodeId, p));
            }
        }
        any |= collect(table.overflowKey());
        if (any) {
            scheduleReevaluation();
        }
    }

    /** Queues the established sessions linked under {@code key}; returns whether there were any. */
    private boolean collect(int key) {
        boolean any = false;
        for (int m = table.firstMember(key); m != SessionTable.NONE; m = table.nextMember(m)) {
            int s = SessionTable.slotOfMember(m);
            if (table.mark[s] != epoch) {
                table.mark[s] = epoch;
                if (pendingCount == pendingSlots.length) {
                    pendingSlots = Arrays.copyOf(pendingSlots, pendingCount * 2);
                    pendingIds = Arrays.copyOf(pendingIds, pendingCount * 2);
                }
                pendingSlots[pendingCount] = s;
                pendingIds[pendingCount++] = table.id[s];
                any = true;
            }
        }
        return any;
    }

    @Override
    public void linkChanged(Link link) {
        reevaluateAll = true;
        scheduleReevaluation();
    }

    @Override
    public void nodeChanged(Node node) {
        if (node.isHost()) {
            return; // its sessions are re-checked through hostsChanged(server), like the fluid load
        }
        reevaluateAll = true;
        scheduleReevaluation();
    }

    private void scheduleReevaluation() {
        if (!reevaluationScheduled) {
            reevaluationScheduled = true;
            simulator.scheduleAfter(0, reevaluate);
        }
    }

    private void reevaluatePending() {
        reevaluationScheduled = false;
        if (reevaluateAll) {
            reevaluateAll = false;
            for (int s = 0; s < table.capacity(); s++) {
                if (table.state[s] == State.ESTABLISHED) {
                    reevaluate(s);
                }
            }
        } else {
            for (int i = 0; i < pendingCount; i++) {
                int s = pendingSlots[i];
                if (table.id[s] == pendingIds[i] && table.state[s] == State.ESTABLISHED) {
                    reevaluate(s);
                }
            }
        }
        pendingCount = 0;
        epoch++;
    }

    private void reevaluate(int s) {
        reevaluations++;
        int server = table.server[s];
        if (!nodes[server].isUp() || !hosts.canServe(server, demand.service(table.service[s]))) {
            breakSession(s, BreakCause.SERVER_DEATH);
            return;
        }
        walk(s);
        if (trace.delivered()) {
            int dest = trace.destination();
            if (dest != server) {
                breakSession(s, pops.popOf(dest) == pops.popOf(server) ? BreakCause.SERVER_CHANGE : BreakCause.POP_CHANGE);
                return;
            }
            table.stalled[s] = false;
        } else {
            table.stalled[s] = true;
        }
        table.unindexPath(s);
        table.indexPath(s, trace);
    }

    // ---- host changes ----

    /** A server or one of its processes changed; its sessions whose service it can no longer serve break now. */
    public void hostsChanged(int serverNodeId) {
        int s = table.firstOnServer(serverNodeId);
        while (s != SessionTable.NONE) {
            int next = table.nextOnServer(s);
            if (!nodes[serverNodeId].isUp() || !hosts.canServe(serverNodeId, demand.service(table.service[s]))) {
                breakSession(s, BreakCause.SERVER_DEATH);
            }
            s = next;
        }
    }

    /** Any server may have changed. */
    public void hostsChanged() {
        for (int s = 0; s < table.capacity(); s++) {
            if (table.state[s] == State.ESTABLISHED) {
                int server = table.server[s];
                if (!nodes[server].isUp() || !hosts.canServe(server, demand.service(table.service[s]))) {
                    breakSession(s, BreakCause.SERVER_DEATH);
                }
            }
        }
    }

    // ---- inspection ----

    /** The sessions open now, for inspection and tests (allocates; not for hot paths). */
    public List<SampledSession> live() {
        List<SampledSession> out = new ArrayList<>();
        for (int s = 0; s < table.capacity(); s++) {
            if (table.state[s] == State.ESTABLISHED) {
                out.add(new SampledSession(table.id[s], table.kind[s], demand.client(table.client[s]).name(),
                        demand.service(table.service[s]), table.srcIp[s], table.dstIp[s], table.srcPort[s],
                        table.server[s], table.start[s], table.stalled[s]));
            }
        }
        return out;
    }
}
