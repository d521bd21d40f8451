package org.anycastsim.core.bgp;

import static org.anycastsim.core.bgp.TestNet.P;
import static org.assertj.core.api.Assertions.assertThat;

import org.anycastsim.core.forward.PathOutcome;
import org.anycastsim.core.forward.PathResolver;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Router;
import org.junit.jupiter.api.Test;

class BgpPropagationTest {

    @Test
    void fiveAsChainLearnsThePathHopByHopAndForwardsAlongIt() {
        TestNet n = new TestNet();
        Router[] r = new Router[5];
        for (int i = 0; i < 5; i++) {
            r[i] = n.router("R" + (i + 1), i + 1);
        }
        for (int i = 0; i < 4; i++) {
            n.link(r[i], r[i + 1], 1);
        }
        n.wire();
        for (int i = 0; i < 4; i++) {
            n.ebgp(r[i], r[i + 1], TestNet.fast());
        }
        n.originate(r[0], P);
        n.bgp.startAll();
        n.sim.runUntil(SimTime.seconds(10));
        assertThat(n.path(r[1])).isEqualTo("[1]");
        assertThat(n.path(r[4])).isEqualTo("[4 3 2 1]");
        assertThat(n.bgp.speaker(r[4]).decision(P).reason()).isEqualTo(DecisionReason.ONLY_ROUTE);
        PathResolver resolver = new PathResolver(n.topo, n.igp, n.fwd, 0);
        var path = resolver.resolve(r[4], 1, P.host(1), 1, 53, 17);
        assertThat(path.outcome()).isEqualTo(PathOutcome.DELIVERED);
        assertThat(path.hops()).extracting(h -> h.node().name()).containsExactly("R5", "R4", "R3", "R2", "R1");
        assertThat(n.trace).anyMatch(l -> l.contains("R5 <- AS4 R4 UPDATE 198.41.214.0/24 path [4 3 2 1]"));
        assertThat(n.trace).anyMatch(l -> l.contains("R5 best 198.41.214.0/24 now via R4 (only usable route)"));
    }

    @Test
    void withdrawalPropagatesAndForwardingStops() {
        TestNet n = new TestNet();
        Router a = n.router("A", 1);
        Router b = n.router("B", 2);
        Router c = n.router("C", 3);
        n.link(a, b, 1);
        n.link(b, c, 1);
        n.wire();
        n.ebgp(a, b, TestNet.fast());
        n.ebgp(b, c, TestNet.fast());
        n.originate(a, P);
        n.bgp.startAll();
        n.sim.runUntil(SimTime.seconds(5));
        assertThat(n.path(c)).isEqualTo("[2 1]");
        n.bgp.speaker(a).stopOriginating(P);
        n.sim.runUntil(SimTime.seconds(6));
        assertThat(n.best(c, P)).isNull();
        assertThat(n.fwd.fib(c).lookup(P.host(1))).isNull();
    }

    @Test
    void diamondPrefersLowerRouterIdThenFailsOverWhenALinkIsCut() {
        TestNet n = new TestNet();
        Router origin = n.router("O", 1);
        Router left = n.router("L", 2);
        Router right = n.router("Rt", 3);
        Router client = n.router("C", 4);
        Link ol = n.link(origin, left, 1);
        n.link(origin, right, 1);
        n.link(left, client, 1);
        n.link(right, client, 1);
        n.wire();
        n.ebgp(origin, left, TestNet.fast());
        n.ebgp(origin, right, TestNet.fast());
        n.ebgp(left, client, TestNet.fast());
        n.ebgp(right, client, TestNet.fast());
        n.originate(origin, P);
        n.bgp.startAll();
        n.sim.runUntil(SimTime.seconds(5));
        assertThat(n.path(client)).isEqualTo("[2 1]");
        assertThat(n.bgp.speaker(client).decision(P).reason()).isEqualTo(DecisionReason.ROUTER_ID);
        long cut = SimTime.seconds(10);
        n.sim.schedule(cut, () -> n.topo.setLinkUp(ol, false));
        n.sim.runUntil(SimTime.seconds(11));
        // Fast external fallover: L drops its session to O at once and withdraws; C moves to Rt.
        assertThat(n.path(client)).isEqualTo("[3 1]");
        assertThat(n.trace).anyMatch(l -> l.startsWith("10.000s L session to O down (link down)"));
    }

    @Test
    void ibgpCarriesExternalRoutesWithNextHopSelfAndHotPotatoPicksTheNearestExit() {
        // Transit AS 100 with three routers in a line W - M - E; the origin AS 1 connects at W and at E.
        TestNet n = new TestNet();
        Router w = n.router("W", 100);
        Router m = n.router("M", 100);
        Router e = n.router("E", 100);
        Router o1 = n.router("O1", 1);
        Router o2 = n.router("O2", 1);
        n.link(w, m, 10);
        n.link(m, e, 30);
        n.link(w, o1, 1);
        n.link(e, o2, 1);
        n.link(o1, o2, 50);
        n.wire();
        n.ebgp(w, o1, TestNet.fast());
        n.ebgp(e, o2, TestNet.fast());
        SessionTimers ibgp = SessionTimers.ibgpDefaults().withMrai(0);
        n.ibgp(w, m, ibgp, false);
        n.ibgp(w, e, ibgp, false);
        n.ibgp(m, e, ibgp, false);
        n.originate(o1, P);
        n.originate(o2, P);
        n.bgp.startAll();
        n.sim.runUntil(SimTime.seconds(5));
        // M is 10 ms from W and 30 ms from E: the IGP cost decides (hot potato).
        Decision atM = n.bgp.speaker(m).decision(P);
        assertThat(atM.reason()).isEqualTo(DecisionReason.IGP_COST);
        assertThat(atM.best().nextHop()).isEqualTo(w.address());
        assertThat(n.bgp.speaker(w).decision(P).reason()).isEqualTo(DecisionReason.EBGP_OVER_IBGP);
        PathResolver resolver = new PathResolver(n.topo, n.igp, n.fwd, 0);
        assertThat(resolver.resolve(m, 1, P.host(1), 1, 53, 17).hops()).extracting(h -> h.node().name())
                .containsExactly("M", "W", "O1");
    }
}
