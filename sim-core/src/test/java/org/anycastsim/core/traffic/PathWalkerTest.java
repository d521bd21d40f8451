package org.anycastsim.core.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.anycastsim.core.forward.NextHopSet;
import org.anycastsim.core.forward.Path;
import org.anycastsim.core.forward.PathOutcome;
import org.anycastsim.core.forward.PathResolver;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Ipv4;
import org.anycastsim.core.net.Router;
import org.junit.jupiter.api.Test;

class PathWalkerTest {
    private static final GeoPoint HERE = new GeoPoint(0, 0);
    private static final long PER_HOP = 50_000;

    private final World w = new World();
    private final ClientNetwork client = w.client("C", "EU", HERE, 1);
    private final Router t1 = w.transitRouter("T1", HERE);
    private final Router t2 = w.transitRouter("T2", HERE);
    private final Router t3 = w.transitRouter("T3", HERE);
    private final World.Pop a = w.pop("AAA", HERE, 4);
    private final World.Pop b = w.pop("BBB", HERE, 2);

    /**
     * C -(1 ms)- T1; T1 -(0.5 ms)- T3 -(0.5 ms)- T2 (one transit AS); T1 -(2 ms)- AAA; T2 -(3 ms)- BBB.
     * T3 sits between T1 and T2, so T2 is an iBGP next hop two links away from T1, reached by the IGP.
     */
    private PathWalker build() {
        w.link(client, t1, 1_000_000);
        w.link(t1, t3, 500_000);
        w.link(t3, t2, 500_000);
        w.link(t1, a.router(), 2_000_000);
        w.link(t2, b.router(), 3_000_000);
        w.build();
        w.route(client, t1);
        w.serveLocally(a);
        w.serveLocally(b);
        return new PathWalker(w.topology, w.igp, w.forwarding, PER_HOP);
    }

    @Test
    void traceAgreesWithThePathResolverHopForHop() {
        PathWalker walker = build();
        // T1 splits over its own PoP and T2 (an iBGP next hop two links away, through T3).
        w.route(t1, a.router(), t2);
        w.route(t3, t2);
        w.route(t2, b.router());
        PathResolver resolver = new PathResolver(w.topology, w.igp, w.forwarding, PER_HOP);
        PathWalker.Trace trace = new PathWalker.Trace();
        int src = Ipv4.parse("11.1.0.9");
        int dst = Ipv4.parse("198.41.214.7");
        for (int port = 32768; port < 34768; port++) {
            Path p = resolver.resolve(client, src, dst, port, 53, 17);
            walker.trace(client.id(), src, dst, port, 53, 17, trace);
            assertThat(trace.outcome()).isEqualTo(p.outcome());
            assertThat(trace.destination()).isEqualTo(p.last().id());
            assertThat(trace.oneWayNanos()).isEqualTo(p.oneWayNanos());
            long routers = p.hops().stream().filter(h -> h.node().routes()).count();
            assertThat(trace.routerCount()).isEqualTo((int) routers);
        }
    }

    @Test
    void spreadFollowsTheExactShareOfEveryGroup() {
        PathWalker walker = build();
        // Weighted 1:3 at T1 between the PoPs; four equal servers in AAA, two in BBB.
        w.forwarding.install(t1.id(), World.DNS, NextHopSet.EMPTY.with(a.router().id(), 1).with(t2.id(), 3));
        w.route(t3, t2);
        w.route(t2, b.router());
        PathWalker.Spread s = walker.spread(client.id(), World.DNS.address(), new PathWalker.Spread());
        double[] perServer = new double[w.topology.nodeCount()];
        for (int i = 0; i < s.deliveries(); i++) {
            perServer[s.server(i)] += s.fraction(i);
        }
        for (int id : a.serverIds()) {
            assertThat(perServer[id]).isCloseTo(0.25 / 4, within(1e-12));
        }
        for (int id : b.serverIds()) {
            assertThat(perServer[id]).isCloseTo(0.75 / 2, within(1e-12));
        }
        // C, T1, T3 (crossed on the way to T2), T2 and both PoP routers looked the prefix up.
        int[] routers = new int[s.routerCount()];
        for (int i = 0; i < routers.length; i++) {
            routers[i] = s.router(i);
        }
        assertThat(routers).containsExactlyInAnyOrder(client.id(), t1.id(), t3.id(), t2.id(), a.router().id(),
                b.router().id());
        // One-way delay to AAA: 1 + 2 ms + LAN (2 x 5 us) + 4 hops of 50 us.
        java.util.Set<Integer> inA = new java.util.HashSet<>();
        for (int id : a.serverIds()) {
            inA.add(id);
        }
        for (int i = 0; i < s.deliveries(); i++) {
            if (inA.contains(s.server(i))) {
                assertThat(s.oneWayNanos(i)).isEqualTo(3_000_000 + 2 * World.LAN_DELAY + 4 * PER_HOP);
            }
        }
    }

    @Test
    void spreadCountsNetworkLossesByReason() {
        PathWalker walker = build();
        w.route(t1, a.router(), t2);
        // T3 has no route: the half sent towards T2 is lost there.
        PathWalker.Spread s = walker.spread(client.id(), World.DNS.address(), new PathWalker.Spread());
        assertThat(s.noRoute()).isCloseTo(0.5, within(1e-12));
        // A loop: T1 -> T2 (T3 passes it on) -> back towards T1, which T3 turns round again.
        w.route(t1, t2);
        w.route(t3, t2);
        w.route(t2, t1);
        s = walker.spread(client.id(), World.DNS.address(), s);
        assertThat(s.loop()).isEqualTo(1.0);
        assertThat(s.deliveries()).isZero();
        // A cut link.
        w.route(t1, a.router());
        w.topology.setLinkUp(w.topology.linkBetween(t1, a.router()), false);
        s = walker.spread(client.id(), World.DNS.address(), s);
        assertThat(s.unreachable()).isEqualTo(1.0);
        PathWalker.Trace t = walker.trace(client.id(), 1, World.DNS.address(), 1, 53, 17, new PathWalker.Trace());
        assertThat(t.outcome()).isEqualTo(PathOutcome.UNREACHABLE);
    }

    @Test
    void ecmpLoopsStopAtTheBranchBoundWithTheRestCountedAsLooping() {
        PathWalker walker = build();
        // Both transit routers split between each other and the client: an exponential ECMP loop.
        w.route(t1, t3, client);
        w.route(t3, t1);
        w.route(client, t1);
        PathWalker.Spread s = walker.spread(client.id(), World.DNS.address(), new PathWalker.Spread());
        assertThat(s.loop()).isCloseTo(1.0, within(1e-12));
    }
}
