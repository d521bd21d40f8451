package org.anycastsim.core.bgp;

import java.util.ArrayList;
import java.util.List;
import org.anycastsim.core.bgp.policy.GaoRexford;
import org.anycastsim.core.bgp.policy.Policy;
import org.anycastsim.core.forward.Forwarding;
import org.anycastsim.core.forward.HashThreshold;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Topology;

/** A small hand-built network for BGP tests: build the topology, then {@link #wire()}, then sessions. */
final class TestNet {
    static final GeoPoint HERE = new GeoPoint(0, 0);
    static final long GBPS = 1_000_000_000L;
    static final Prefix P = Prefix.parse("198.41.214.0/24");

    final Simulator sim = new Simulator(1);
    final Topology topo = new Topology("test");
    Igp igp;
    Forwarding fwd;
    BgpNetwork bgp;
    final List<String> trace = new ArrayList<>();

    AutonomousSystem as(int asn) {
        AutonomousSystem existing = topo.as(asn);
        return existing != null ? existing : topo.addAs(asn, "AS" + asn, AsRole.OTHER);
    }

    Router router(String name, int asn) {
        return topo.addRouter(name, as(asn), HERE, null);
    }

    Link link(Node a, Node b, long delayMs) {
        return topo.connect(a, b, SimTime.millis(delayMs), GBPS);
    }

    void wire() {
        igp = new Igp(topo);
        fwd = new Forwarding(topo, new HashThreshold());
        bgp = new BgpNetwork(sim, topo, igp, fwd);
        bgp.addListener(new BgpTextTrace(trace::add, false));
    }

    Speaker speaker(Node n) {
        Speaker s = bgp.speaker(n);
        return s != null ? s : bgp.addSpeaker(n, SpeakerConfig.defaults(), !(n instanceof Server));
    }

    Speaker speaker(Node n, SpeakerConfig config) {
        return bgp.addSpeaker(n, config, !(n instanceof Server));
    }

    /** Plain eBGP (accept everything) over the link between a and b. */
    Session ebgp(Node a, Node b, SessionTimers timers) {
        return bgp.connect(new BgpNetwork.End(speaker(a), Policy.ACCEPT_ALL, Policy.ACCEPT_ALL),
                new BgpNetwork.End(speaker(b), Policy.ACCEPT_ALL, Policy.ACCEPT_ALL),
                topo.linkBetween(a, b), timers, Relationship.NONE, false);
    }

    /** eBGP with Gao-Rexford policies; {@code bSeenFromA} is b's role for a. */
    Session ebgp(Node a, Node b, Relationship bSeenFromA, SessionTimers timers) {
        Relationship aSeenFromB = bSeenFromA == Relationship.CUSTOMER ? Relationship.PROVIDER
                : bSeenFromA == Relationship.PROVIDER ? Relationship.CUSTOMER : bSeenFromA;
        GaoRexford ga = GaoRexford.forAs(a.asn());
        GaoRexford gb = GaoRexford.forAs(b.asn());
        return bgp.connect(new BgpNetwork.End(speaker(a), ga.importPolicy(bSeenFromA), ga.exportPolicy(bSeenFromA)),
                new BgpNetwork.End(speaker(b), gb.importPolicy(aSeenFromB), gb.exportPolicy(aSeenFromB)),
                topo.linkBetween(a, b), timers, bSeenFromA, false);
    }

    /** iBGP between loopbacks (multi-hop over the IGP). */
    Session ibgp(Node a, Node b, SessionTimers timers, boolean bIsClientOfA) {
        return bgp.connect(new BgpNetwork.End(speaker(a), Policy.ACCEPT_ALL, Policy.ACCEPT_ALL),
                new BgpNetwork.End(speaker(b), Policy.ACCEPT_ALL, Policy.ACCEPT_ALL),
                null, timers, Relationship.NONE, bIsClientOfA);
    }

    void originate(Node n, Prefix p) {
        speaker(n).originate(p, PathAttributes.of(org.anycastsim.core.bgp.AsPath.EMPTY, Origin.IGP, n.address()));
    }

    Route best(Node n, Prefix p) {
        Decision d = bgp.speaker(n).decision(p);
        return d == null ? null : d.best();
    }

    /** The AS path the node's best route for P carries, as text. */
    String path(Node n) {
        Route r = best(n, P);
        return r == null ? "none" : r.attributes().asPath().toString();
    }

    static SessionTimers fast() {
        return SessionTimers.ebgpDefaults().withMrai(0);
    }
}
