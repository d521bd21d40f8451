package org.anycastsim.core.bgp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anycastsim.core.bgp.policy.Policy;
import org.anycastsim.core.forward.Forwarding;
import org.anycastsim.core.forward.NextHopSet;
import org.anycastsim.core.kernel.RandomStream;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Topology;
import org.anycastsim.core.net.TopologyListener;

/**
 * All BGP speakers and sessions of a run, wired to the kernel, the topology and the data plane:
 * it creates speakers and session pairs, delivers topology changes (fast external fallover, BFD,
 * IGP changes that move hot-potato choices, nodes that crash and come back), installs every
 * decision into the FIB at the instant it changes, and tells {@link BgpListener}s what happens.
 */
public final class BgpNetwork implements TopologyListener {
    private final Simulator simulator;
    private final Topology topology;
    private final Igp igp;
    private final Forwarding forwarding;
    private final long processingDelayNanos;
    private final long perHopNanos;
    private final Speaker[] speakerOfNode;
    private final List<Speaker> speakers = new ArrayList<>();
    private final List<List<Session>> directSessionsOfLink = new ArrayList<>();
    private final Map<Integer, List<Session>> multihopSessionsOfAs = new HashMap<>();
    private final List<BgpListener> listeners = new ArrayList<>();
    private final RandomStream bfdPhase;
    private final Set<Integer> igpDirtyAses = new LinkedHashSet<>();
    private boolean igpRecomputeScheduled;
    private long updatesSent;
    private long messagesSent;

    /**
     * @param processingDelayNanos a receiving speaker's processing time per message
     * @param perHopNanos          the per-hop forwarding delay added on multi-hop transports
     */
    public BgpNetwork(Simulator simulator, Topology topology, Igp igp, Forwarding forwarding,
            long processingDelayNanos, long perHopNanos) {
        this.simulator = simulator;
        this.topology = topology;
        this.igp = igp;
        this.forwarding = forwarding;
        this.processingDelayNanos = processingDelayNanos;
        this.perHopNanos = perHopNanos;
        this.speakerOfNode = new Speaker[topology.nodeCount()];
        for (int i = 0; i < topology.links().size(); i++) {
            directSessionsOfLink.add(new ArrayList<>());
        }
        this.bfdPhase = simulator.random().stream("bgp.bfd");
        topology.addListener(this);
    }

    /** Defaults: 100 us per message, the per-hop delay of the default propagation model (50 us). */
    public BgpNetwork(Simulator simulator, Topology topology, Igp igp, Forwarding forwarding) {
        this(simulator, topology, igp, forwarding, SimTime.micros(100), SimTime.micros(50));
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

    long processingDelayNanos() {
        return processingDelayNanos;
    }

    // ---- building ----

    /** Adds a speaker on {@code node}; {@code autoStart}: start when the node comes up (routers), or wait to be started (servers). */
    public Speaker addSpeaker(Node node, SpeakerConfig config, boolean autoStart) {
        if (speakerOfNode[node.id()] != null) {
            throw new IllegalArgumentException(node + " already runs a BGP speaker");
        }
        Speaker s = new Speaker(this, node, config, autoStart);
        speakerOfNode[node.id()] = s;
        speakers.add(s);
        return s;
    }

    /** Describes one end of a session for {@link #connect}. */
    public record End(Speaker speaker, Policy importPolicy, Policy exportPolicy) {}

    /**
     * Creates a session between two speakers: over {@code link} when they are directly connected
     * (null: multi-hop between loopbacks, inside one AS). {@code bSeenFromA} is b's business role
     * for a (ignored for iBGP); {@code bIsClientOfA} makes b a route-reflector client of a.
     * Returns a's side; {@link Session#remote()} is b's.
     */
    public Session connect(End a, End b, Link link, SessionTimers timers, Relationship bSeenFromA, boolean bIsClientOfA) {
        Speaker sa = a.speaker();
        Speaker sb = b.speaker();
        if (sa == sb) {
            throw new IllegalArgumentException("a session from " + sa + " to itself");
        }
        boolean ebgp = sa.asn() != sb.asn();
        if (ebgp && link == null) {
            throw new IllegalArgumentException("eBGP session " + sa.node() + " - " + sb.node()
                    + " needs a direct link (multi-hop eBGP is not modelled)");
        }
        if (link != null && !(link.connects(sa.node()) && link.connects(sb.node()))) {
            throw new IllegalArgumentException(link + " does not join " + sa.node() + " and " + sb.node());
        }
        Relationship aSeenFromB = ebgp ? inverse(bSeenFromA) : Relationship.NONE;
        Relationship bRole = ebgp ? bSeenFromA : Relationship.NONE;
        Transport transport = new Transport(topology, igp, link, sa.node(), sb.node(), perHopNanos);
        int addrA = link != null ? link.addressOf(sa.node()) : sa.node().address();
        int addrB = link != null ? link.addressOf(sb.node()) : sb.node().address();
        RouteSource fromB = ebgp ? RouteSource.ebgp(sb.asn(), sb.routerId(), addrB, bRole)
                : RouteSource.ibgp(sa.asn(), sb.routerId(), addrB, bIsClientOfA);
        RouteSource fromA = ebgp ? RouteSource.ebgp(sa.asn(), sa.routerId(), addrA, aSeenFromB)
                : RouteSource.ibgp(sb.asn(), sa.routerId(), addrA, false);
        Session sideA = new Session(this, sa, sa.sessionCount(), transport, ebgp, bRole, bIsClientOfA, fromB,
                timers, a.importPolicy(), a.exportPolicy());
        Session sideB = new Session(this, sb, sb.sessionCount(), transport, ebgp, aSeenFromB, false, fromA,
                timers, b.importPolicy(), b.exportPolicy());
        sideA.pairWith(sideB);
        sideB.pairWith(sideA);
        sa.addSession(sideA);
        sb.addSession(sideB);
        if (link != null) {
            directSessionsOfLink.get(link.id()).add(sideA);
        } else {
            multihopSessionsOfAs.computeIfAbsent(sa.asn(), k -> new ArrayList<>()).add(sideA);
        }
        return sideA;
    }

    private static Relationship inverse(Relationship r) {
        return switch (r) {
            case CUSTOMER -> Relationship.PROVIDER;
            case PROVIDER -> Relationship.CUSTOMER;
            case PEER -> Relationship.PEER;
            case NONE -> Relationship.NONE;
        };
    }

    /** Starts every auto-start speaker on a node that is up. */
    public void startAll() {
        for (Speaker s : speakers) {
            if (s.autoStart()) {
                s.start();
            }
        }
    }

    // ---- queries ----

    public Speaker speaker(Node node) {
        return speakerOfNode[node.id()];
    }

    public Speaker speaker(int nodeId) {
        return speakerOfNode[nodeId];
    }

    public List<Speaker> speakers() {
        return Collections.unmodifiableList(speakers);
    }

    /** UPDATE messages sent so far. */
    public long updatesSent() {
        return updatesSent;
    }

    public long messagesSent() {
        return messagesSent;
    }

    /** Loc-RIB entries with a best route, over all running speakers. */
    public long routesHeld() {
        long n = 0;
        for (Speaker s : speakers) {
            if (s.isRunning()) {
                for (Prefix p : s.allPrefixes()) {
                    if (s.decision(p) != null) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    public void addListener(BgpListener listener) {
        listeners.add(listener);
    }

    public void removeListener(BgpListener listener) {
        listeners.remove(listener);
    }

    // ---- callbacks from speakers and sessions ----

    void bestPathChanged(Speaker speaker, Prefix prefix, Decision before, Decision after) {
        if (forwarding.fib(speaker.node()) != null) {
            forwarding.install(speaker.node().id(), prefix, nextHops(speaker, after));
        }
        for (BgpListener l : listeners) {
            l.bestPathChanged(simulator.now(), speaker, prefix, before, after);
        }
    }

    /** The FIB's next-hop nodes for a decision: every ECMP route's NEXT_HOP, resolved to its node. */
    private NextHopSet nextHops(Speaker speaker, Decision decision) {
        if (decision == null) {
            return NextHopSet.EMPTY;
        }
        NextHopSet set = NextHopSet.EMPTY;
        for (Route r : decision.ecmp()) {
            Node nh = nextHopNode(speaker, r);
            if (nh != null && !set.contains(nh.id())) {
                set = set.with(nh.id(), 1);
            }
        }
        return set;
    }

    /** The node a route's NEXT_HOP resolves to: the speaker itself for a route it originates; null if unknown. */
    public Node nextHopNode(Speaker speaker, Route route) {
        return route.source().isLocal() ? speaker.node() : topology.nodeOfAddress(route.nextHop());
    }

    void messageSent(Session from, BgpMessage message) {
        messagesSent++;
        if (message instanceof BgpMessage.Update) {
            updatesSent++;
        }
        for (BgpListener l : listeners) {
            l.messageSent(simulator.now(), from, message);
        }
    }

    void messageReceived(Session at, BgpMessage message) {
        for (BgpListener l : listeners) {
            l.messageReceived(simulator.now(), at, message);
        }
    }

    void sessionStateChanged(Session session, SessionState from, SessionState to, String reason) {
        for (BgpListener l : listeners) {
            l.sessionStateChanged(simulator.now(), session, from, to, reason);
        }
    }

    void speakerStarted(Speaker speaker) {
        for (Session s : speaker.sessions()) {
            s.remote().cancelBfdDetection();
        }
    }

    /** A dead speaker's BFD stops answering: neighbours running BFD notice after the detection time. */
    void speakerKilled(Speaker speaker) {
        for (Session s : speaker.sessions()) {
            scheduleBfd(s.remote());
        }
    }

    private void scheduleBfd(Session side) {
        SessionTimers t = side.timers();
        if (t.bfd() && side.local().isRunning()) {
            // The last BFD packet arrived some time within the last interval before the failure.
            long delay = t.bfdMultiplier() * t.bfdIntervalNanos() - (long) (bfdPhase.nextDouble() * t.bfdIntervalNanos());
            side.scheduleBfdDetection(Math.max(0, delay));
        }
    }

    // ---- topology changes ----

    @Override
    public void linkChanged(Link link) {
        transportChanged(link);
        if (link.isIntraAs()) {
            igpChanged(link.a().asn());
        }
    }

    @Override
    public void nodeChanged(Node node) {
        Speaker s = speakerOfNode[node.id()];
        if (!node.isUp() && s != null) {
            s.kill();
        }
        for (Link l : topology.linksOf(node)) {
            transportChanged(l);
        }
        if (!node.isHost()) {
            // Hosts run no IGP (see Igp): their coming and going changes no speaker's IGP costs.
            igpChanged(node.asn());
        }
        if (node.isUp() && s != null && s.autoStart()) {
            s.start();
        }
    }

    private void transportChanged(Link link) {
        List<Session> direct = directSessionsOfLink.get(link.id());
        for (Session a : direct) {
            for (Session side : new Session[] {a, a.remote()}) {
                if (!link.isUsable() && side.local().isRunning()) {
                    if (side.timers().fastExternalFallover() && side.local().node().isUp()) {
                        side.linkDown();
                    } else {
                        scheduleBfd(side);
                    }
                }
            }
        }
        if (link.isIntraAs()) {
            for (Session a : multihopSessionsOfAs.getOrDefault(link.a().asn(), List.of())) {
                if (!a.transport().available()) {
                    scheduleBfd(a);
                    scheduleBfd(a.remote());
                }
            }
        }
    }

    /** The IGP of an AS changed: its speakers re-run their decisions at the end of this instant. */
    private void igpChanged(int asn) {
        igpDirtyAses.add(asn);
        if (!igpRecomputeScheduled) {
            igpRecomputeScheduled = true;
            simulator.scheduleAfter(0, this::recomputeDirtyAses);
        }
    }

    private void recomputeDirtyAses() {
        igpRecomputeScheduled = false;
        List<Integer> dirty = new ArrayList<>(igpDirtyAses);
        igpDirtyAses.clear();
        for (Speaker s : speakers) {
            if (s.isRunning() && dirty.contains(s.asn())) {
                s.recomputeAll();
            }
        }
    }
}
