package org.anycastsim.core.bgp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.anycastsim.core.bgp.policy.PolicyResult;
import org.anycastsim.core.kernel.RandomStream;
import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.NodeKind;
import org.anycastsim.core.net.Prefix;

/**
 * A BGP speaker on one node (a router, a client network's border router, or a server's BIRD):
 * its sessions, its RIB (per prefix: what each session delivered, what it originates, and the
 * current decision), import processing, the decision process, and export rules.
 *
 * <p>Every decision change is pushed to the FIB at that instant by the {@link BgpNetwork}, and
 * every session re-evaluates its advertisement of the prefix.
 */
public final class Speaker {
    private final BgpNetwork network;
    private final Node node;
    private final SpeakerConfig config;
    private final boolean autoStart;
    private final DecisionProcess decisionProcess;
    private final RouteSource localSource;
    private final List<Session> sessions = new ArrayList<>();
    private final TreeMap<Prefix, PrefixState> table = new TreeMap<>();
    private Route[] candidates = new Route[8];
    private final IgpCost igpCost;
    private boolean running;
    private RandomStream jitter;

    Speaker(BgpNetwork network, Node node, SpeakerConfig config, boolean autoStart) {
        this.network = network;
        this.node = node;
        this.config = config;
        this.autoStart = autoStart;
        this.decisionProcess = new DecisionProcess(config.decision());
        this.localSource = RouteSource.local(node.asn(), node.routerId());
        this.igpCost = this::costTo;
    }

    public Node node() {
        return node;
    }

    /** The speaker's random stream for timer jitter (RFC 4271 section 10), created on first use. */
    RandomStream jitter() {
        if (jitter == null) {
            jitter = network.simulator().random().stream("bgp.jitter." + node.name());
        }
        return jitter;
    }

    public int asn() {
        return node.asn();
    }

    public int routerId() {
        return node.routerId();
    }

    public SpeakerConfig config() {
        return config;
    }

    /** Whether the speaker starts by itself when its node comes up (routers yes; servers wait for their control server). */
    public boolean autoStart() {
        return autoStart;
    }

    public boolean isRunning() {
        return running;
    }

    public List<Session> sessions() {
        return Collections.unmodifiableList(sessions);
    }

    void addSession(Session s) {
        sessions.add(s);
    }

    int sessionCount() {
        return sessions.size();
    }

    // ---- lifecycle ----

    /** Starts the daemon: sessions try to connect; originated prefixes are re-announced. */
    public void start() {
        if (running || !node.isUp()) {
            return;
        }
        running = true;
        network.speakerStarted(this);
        for (Prefix p : new ArrayList<>(table.keySet())) {
            recompute(p);
        }
        for (Session s : sessions) {
            s.start();
        }
    }

    /** The daemon dies without a word: its neighbours notice by BFD, hold timer, or link loss. */
    public void kill() {
        if (!running) {
            return;
        }
        running = false;
        for (Session s : sessions) {
            s.die();
        }
        for (Map.Entry<Prefix, PrefixState> e : table.entrySet()) {
            java.util.Arrays.fill(e.getValue().fromSession, null);
        }
        for (Prefix p : new ArrayList<>(table.keySet())) {
            recompute(p);
        }
        network.speakerKilled(this);
    }

    // ---- origination ----

    /** Originates (or re-originates with new attributes) a prefix, e.g. a server's service prefix with its weight as MED. */
    public void originate(Prefix prefix, PathAttributes attributes) {
        PrefixState st = state(prefix);
        Route r = new Route(prefix, attributes, localSource);
        if (r.equals(st.originated)) {
            return;
        }
        st.originated = r;
        if (running) {
            recompute(prefix);
        }
    }

    /** Stops originating a prefix. */
    public void stopOriginating(Prefix prefix) {
        PrefixState st = table.get(prefix);
        if (st == null || st.originated == null) {
            return;
        }
        st.originated = null;
        if (running) {
            recompute(prefix);
        }
    }

    public boolean originates(Prefix prefix) {
        PrefixState st = table.get(prefix);
        return st != null && st.originated != null;
    }

    /** The attributes this speaker originates a prefix with, or null. */
    public PathAttributes originated(Prefix prefix) {
        PrefixState st = table.get(prefix);
        return st == null || st.originated == null ? null : st.originated.attributes();
    }

    // ---- RIB queries ----

    /** The current decision (Loc-RIB entry) for a prefix, or null. */
    public Decision decision(Prefix prefix) {
        PrefixState st = table.get(prefix);
        return st == null ? null : st.decision;
    }

    /** Prefixes the speaker holds any state for, in prefix order. */
    public Set<Prefix> allPrefixes() {
        return Collections.unmodifiableSet(table.keySet());
    }

    /** Every candidate route for a prefix (originated first, then by session), after import policy. */
    public List<Route> candidates(Prefix prefix) {
        PrefixState st = table.get(prefix);
        List<Route> out = new ArrayList<>();
        if (st != null) {
            if (st.originated != null) {
                out.add(st.originated);
            }
            for (Route r : st.fromSession) {
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** How many routes for the prefix are held from the PoP's servers (conditional advertisement). */
    public int serverRoutes(Prefix prefix) {
        PrefixState st = table.get(prefix);
        if (st == null) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < sessions.size() && i < st.fromSession.length; i++) {
            if (st.fromSession[i] != null && sessions.get(i).neighbour().node().kind() == NodeKind.SERVER) {
                count++;
            }
        }
        return count;
    }

    // ---- import ----

    void routeReceived(Session from, Prefix prefix, PathAttributes attributes) {
        PrefixState st = state(prefix);
        st.fromSession[from.index()] = importRoute(from, prefix, attributes);
        recompute(prefix);
    }

    void routeWithdrawn(Session from, Prefix prefix) {
        PrefixState st = table.get(prefix);
        if (st != null && st.fromSession[from.index()] != null) {
            st.fromSession[from.index()] = null;
            recompute(prefix);
        } else if (st != null && config.conditionalAdvertisement().containsKey(prefix)) {
            recompute(prefix);
        }
    }

    void sessionLost(Session from, List<Prefix> prefixes) {
        for (Prefix p : prefixes) {
            routeWithdrawn(from, p);
        }
    }

    /** Re-applies the session's import policy to what it delivered (after a policy change). */
    void reimport(Session from) {
        for (Map.Entry<Prefix, PathAttributes> e : from.learned().entrySet()) {
            routeReceived(from, e.getKey(), e.getValue());
        }
    }

    /** Loop detection and the import policy (RFC 4271 9.1.1, 9.1.2; RFC 4456 8). */
    private Route importRoute(Session from, Prefix prefix, PathAttributes received) {
        if (from.isEbgp() && received.asPath().contains(asn())) {
            return null;
        }
        if (!from.isEbgp()) {
            if (received.originatorId() == routerId()) {
                return null;
            }
            if (config.isRouteReflector() && received.clusterListContains(config.clusterId())) {
                return null;
            }
        }
        PathAttributes a = received.withWeight(0);
        if (from.isEbgp()) {
            // LOCAL_PREF is not carried across AS boundaries (RFC 4271 5.1.5).
            a = a.withLocalPref(PathAttributes.DEFAULT_LOCAL_PREF);
        }
        PolicyResult result = from.importPolicy().apply(new Route(prefix, a, from.source()));
        return result.accepted() ? result.route() : null;
    }

    // ---- decision ----

    /** Runs the decision process for a prefix; on a change, the FIB and every session hear of it. */
    void recompute(Prefix prefix) {
        PrefixState st = table.get(prefix);
        if (st == null) {
            return;
        }
        int n = 0;
        if (running) {
            if (candidates.length < st.fromSession.length + 1) {
                candidates = new Route[st.fromSession.length + 8];
            }
            if (st.originated != null) {
                candidates[n++] = st.originated;
            }
            for (Route r : st.fromSession) {
                if (r != null) {
                    candidates[n++] = r;
                }
            }
        }
        Decision next = n == 0 ? null : decisionProcess.decide(candidates, n, igpCost).orElse(null);
        java.util.Arrays.fill(candidates, 0, n, null);
        Decision before = st.decision;
        // Keep the newest decision (its reason and runner-up may differ) even when the outcome stands.
        st.decision = next;
        if (sameOutcome(before, next)) {
            if (config.conditionalAdvertisement().containsKey(prefix)) {
                // The best path stands, but the count of server routes may have crossed K.
                for (Session s : sessions) {
                    if (s.isEbgp()) {
                        s.markDirty(prefix);
                    }
                }
            }
            return;
        }
        network.bestPathChanged(this, prefix, before, next);
        for (Session s : sessions) {
            s.markDirty(prefix);
        }
    }

    /** Re-runs every decision (the IGP changed: hot-potato costs and next-hop reachability). */
    void recomputeAll() {
        for (Prefix p : new ArrayList<>(table.keySet())) {
            recompute(p);
        }
    }

    private static boolean sameOutcome(Decision a, Decision b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.best().equals(b.best()) && a.ecmp().equals(b.ecmp());
    }

    /** IGP cost to a NEXT_HOP: 0 on a connected link, the IGP's cost inside the AS, else unreachable. */
    private long costTo(int nextHop) {
        if (nextHop == node.address()) {
            return 0;
        }
        Link link = network.topology().linkOfAddress(nextHop);
        if (link != null && link.connects(node)) {
            return link.isUsable() ? 0 : IgpCost.UNREACHABLE;
        }
        Node target = network.topology().nodeOfAddress(nextHop);
        if (target == null || target.asn() != node.asn()) {
            return IgpCost.UNREACHABLE;
        }
        long cost = network.igp().cost(node, target);
        return cost == Igp.UNREACHABLE ? IgpCost.UNREACHABLE : cost;
    }

    // ---- export ----

    /**
     * What this speaker advertises for {@code prefix} on {@code to}, or null (withdraw / nothing):
     * the best route, filtered by the iBGP and reflection rules, conditional advertisement,
     * well-known communities and the export policy, then rewritten for the session.
     */
    PathAttributes exportTo(Session to, Prefix prefix) {
        PrefixState st = table.get(prefix);
        if (!running || st == null || st.decision == null) {
            return null;
        }
        Route best = st.decision.best();
        if (best.source() == to.source()) {
            return null;
        }
        if (!to.isEbgp() && best.source().isIbgp()) {
            // RFC 4271 9.2: no iBGP-learned route to iBGP peers, unless reflecting (RFC 4456 8).
            if (!config.isRouteReflector() || (!best.source().reflectorClient() && !to.isReflectorClient())) {
                return null;
            }
        }
        if (to.isEbgp()) {
            Integer k = config.conditionalAdvertisement().get(prefix);
            if (k != null && serverRoutes(prefix) < k) {
                return null;
            }
        }
        if (Community.blocksAdvertisement(best.attributes().communities(), to.isEbgp())) {
            return null;
        }
        PathAttributes a = best.attributes().withWeight(0);
        if (to.isEbgp()) {
            // MED and LOCAL_PREF stay inside the AS (RFC 4271 5.1.4, 5.1.5); reflection attributes too.
            a = a.withoutMed().withLocalPref(PathAttributes.DEFAULT_LOCAL_PREF).withOriginatorId(0).withClusterList();
        }
        PolicyResult result = to.exportPolicy().apply(best.withAttributes(a));
        if (!result.accepted()) {
            return null;
        }
        a = result.route().attributes();
        if (to.isEbgp()) {
            a = a.prependedBy(asn(), 1).withNextHop(to.localAddress());
        } else {
            if (best.source().isEbgp() && config.nextHopSelf()) {
                a = a.withNextHop(to.localAddress());
            } else if (best.source().isLocal()) {
                a = a.withNextHop(node.address());
            }
            if (best.source().isIbgp()) {
                if (!a.hasOriginatorId()) {
                    a = a.withOriginatorId(best.source().peerRouterId());
                }
                a = a.withClusterIdPrepended(config.clusterId());
            }
        }
        return a.intern();
    }

    private PrefixState state(Prefix prefix) {
        PrefixState st = table.get(prefix);
        if (st == null) {
            st = new PrefixState(sessions.size());
            table.put(prefix, st);
        }
        st.ensureCapacity(sessions.size());
        return st;
    }

    @Override
    public String toString() {
        return "Speaker[" + node.name() + " AS" + AsPath.formatAsn(asn()) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(node.id());
    }
}
