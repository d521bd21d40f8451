package org.anycastsim.core.bgp;

import static org.anycastsim.core.bgp.TestNet.P;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.anycastsim.core.forward.FibEntry;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Switch;
import org.junit.jupiter.api.Test;

/**
 * A PoP as in the seed: servers announce the service prefix to the PoP router over iBGP with
 * their weight as MED; the router installs the lowest-MED servers as an ECMP group and announces
 * the prefix to its transit only while it holds at least K server routes.
 */
class PopAnycastTest {
    private final TestNet n = new TestNet();
    private Router transit;
    private Router router;
    private Server s1;
    private Server s2;
    private Server s3;

    private void build(SessionTimers serverTimers) {
        transit = n.router("T", 1299);
        router = n.router("LHR-r1", 13335);
        Switch sw = n.topo.addSwitch("LHR-sw1", n.as(13335), TestNet.HERE, "LHR");
        s1 = n.topo.addServer("LHR-s01", n.as(13335), TestNet.HERE, "LHR");
        s2 = n.topo.addServer("LHR-s02", n.as(13335), TestNet.HERE, "LHR");
        s3 = n.topo.addServer("LHR-s03", n.as(13335), TestNet.HERE, "LHR");
        n.link(transit, router, 1);
        n.topo.connect(router, sw, 5_000, 40 * TestNet.GBPS);
        for (Server s : List.of(s1, s2, s3)) {
            n.topo.connect(sw, s, 2_000, 10 * TestNet.GBPS);
        }
        n.wire();
        n.speaker(router, SpeakerConfig.defaults()
                .withDecision(DecisionOptions.DEFAULTS.withMaxPaths(64))
                .withConditionalAdvertisement(Map.of(P, 2)));
        n.ebgp(router, transit, TestNet.fast());
        for (Server s : List.of(s1, s2, s3)) {
            n.ibgp(router, s, serverTimers, false);
        }
        announce(s1, 10);
        announce(s2, 10);
        announce(s3, 20);
        n.bgp.startAll();
        for (Server s : List.of(s1, s2, s3)) {
            n.bgp.speaker(s).start();
        }
        n.sim.runUntil(SimTime.seconds(10));
    }

    private void announce(Server s, long weight) {
        n.speaker(s).originate(P, PathAttributes.of(AsPath.EMPTY, Origin.IGP, s.address()).withMed(weight));
    }

    private List<String> ecmpServers() {
        FibEntry e = n.fwd.fib(router).entry(P);
        if (e == null) {
            return List.of();
        }
        var set = e.group().nextHops();
        return java.util.stream.IntStream.range(0, set.size()).mapToObj(i -> n.topo.node(set.id(i)).name()).toList();
    }

    private double timeOfTrace(String fragment) {
        return n.trace.stream().filter(l -> l.contains(fragment)).findFirst()
                .map(l -> Double.parseDouble(l.substring(0, l.indexOf('s'))))
                .orElseThrow(() -> new AssertionError("no trace line with: " + fragment + "\n" + String.join("\n", n.trace)));
    }

    @Test
    void lowestWeightServersShareTheRouterEcmpGroup() {
        build(SessionTimers.serverDefaults());
        assertThat(ecmpServers()).containsExactly("LHR-s01", "LHR-s02");
        Decision d = n.bgp.speaker(router).decision(P);
        // s01 and s02 tie down to the IGP cost (ECMP); the router ID only orders them.
        assertThat(d.isMultipath()).isTrue();
        assertThat(d.reason()).isEqualTo(DecisionReason.ROUTER_ID);
        assertThat(n.bgp.speaker(router).candidates(P)).hasSize(3);
        assertThat(n.path(transit)).isEqualTo("[13335]");
        // The servers' MEDs stay inside AS 13335.
        assertThat(n.best(transit, P).attributes().hasMed()).isFalse();
    }

    @Test
    void crashedServerIsDroppedAtHoldTimeAndTrafficGoesToTheRest() {
        build(SessionTimers.serverDefaults());
        n.sim.schedule(SimTime.seconds(20), () -> n.topo.setNodeUp(s1, false));
        n.sim.runUntil(SimTime.seconds(30));
        double down = timeOfTrace("LHR-r1 session to LHR-s01 down (hold timer expired)");
        // Keepalives every 0.75-1 s, hold 3 s: the router notices 2 to 3 s after the crash.
        assertThat(down).isBetween(22.0, 23.001);
        assertThat(ecmpServers()).containsExactly("LHR-s02");
        // Two server routes remain (s02, s03): the PoP stays in the anycast pool.
        assertThat(n.path(transit)).isEqualTo("[13335]");
    }

    @Test
    void bfdDetectsTheCrashWithinMultiplierTimesInterval() {
        build(SessionTimers.serverDefaults().withBfd(SimTime.millis(100), 3));
        n.sim.schedule(SimTime.seconds(20), () -> n.topo.setNodeUp(s1, false));
        n.sim.runUntil(SimTime.seconds(30));
        double down = timeOfTrace("LHR-r1 session to LHR-s01 down (BFD down)");
        assertThat(down).isBetween(20.2, 20.301);
    }

    @Test
    void belowKServerRoutesThePopLeavesTheWanPoolAndComesBack() {
        build(SessionTimers.serverDefaults().withBfd(SimTime.millis(100), 3));
        n.sim.schedule(SimTime.seconds(20), () -> {
            n.topo.setNodeUp(s1, false);
            n.topo.setNodeUp(s2, false);
        });
        n.sim.runUntil(SimTime.seconds(25));
        // Only s03 (weight 20) is left: traffic already in the PoP goes there ...
        assertThat(ecmpServers()).containsExactly("LHR-s03");
        // ... but with 1 < K = 2 server routes the router withdraws the prefix from its transit.
        assertThat(n.best(transit, P)).isNull();
        assertThat(n.trace).anyMatch(l -> l.contains("T <- AS13335 LHR-r1 WITHDRAW 198.41.214.0/24"));
        n.sim.schedule(SimTime.seconds(40), () -> {
            n.topo.setNodeUp(s2, true);
            n.bgp.speaker(s2).start();
        });
        n.sim.runUntil(SimTime.seconds(50));
        assertThat(ecmpServers()).containsExactly("LHR-s02");
        assertThat(n.path(transit)).isEqualTo("[13335]");
    }

    @Test
    void weightChangeMovesTrafficWithoutLosingThePrefix() {
        build(SessionTimers.serverDefaults());
        n.sim.schedule(SimTime.seconds(20), () -> announce(s3, 5));
        n.sim.runUntil(SimTime.seconds(21));
        assertThat(ecmpServers()).containsExactly("LHR-s03");
        assertThat(n.path(transit)).isEqualTo("[13335]");
    }
}
