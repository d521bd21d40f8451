package org.anycastsim.core.forward;

import static org.assertj.core.api.Assertions.assertThat;

import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.Ipv4;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Switch;
import org.anycastsim.core.net.Topology;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PathResolverTest {
    private static final GeoPoint HERE = new GeoPoint(0, 0);
    private static final Prefix ANYCAST = Prefix.parse("198.41.214.0/24");
    private static final int DST = Ipv4.parse("198.41.214.1");
    private static final long PER_HOP = 50_000;

    private Topology t;
    private ClientNetwork client;
    private Router transit;
    private Router pop;
    private Switch sw;
    private Server s1;
    private Server s2;
    private Link transitPop;
    private Forwarding fwd;
    private PathResolver resolver;

    /** client -(1 ms)- transit -(2 ms)- pop router -(5 us)- switch -(2 us)- s1, s2. */
    @BeforeEach
    void build() {
        t = new Topology("chain");
        AutonomousSystem eyeball = t.addAs(64512, "eyeball", AsRole.EYEBALL);
        AutonomousSystem tr = t.addAs(1299, "transit", AsRole.TRANSIT);
        AutonomousSystem op = t.addAs(13335, "op", AsRole.OPERATOR);
        client = t.addClient("GB", eyeball, HERE, "GB", "EU", 1.0, Prefix.parse("11.0.0.0/16"));
        transit = t.addRouter("T1", tr, HERE, null);
        pop = t.addRouter("LHR-r1", op, HERE, "LHR");
        sw = t.addSwitch("LHR-sw1", op, HERE, "LHR");
        s1 = t.addServer("LHR-s01", op, HERE, "LHR");
        s2 = t.addServer("LHR-s02", op, HERE, "LHR");
        t.connect(client, transit, 1_000_000, 10_000_000_000L);
        transitPop = t.connect(transit, pop, 2_000_000, 10_000_000_000L);
        t.connect(pop, sw, 5_000, 40_000_000_000L);
        t.connect(sw, s1, 2_000, 10_000_000_000L);
        t.connect(sw, s2, 2_000, 10_000_000_000L);
        fwd = new Forwarding(t, new HashThreshold());
        resolver = new PathResolver(t, new Igp(t), fwd, PER_HOP);
        fwd.install(client.id(), ANYCAST, NextHopSet.of(transit.id()));
        fwd.install(transit.id(), ANYCAST, NextHopSet.of(pop.id()));
        fwd.install(pop.id(), ANYCAST, NextHopSet.of(s1.id(), s2.id()));
    }

    @Test
    void packetReachesAServerThroughTheSwitchWithSummedDelays() {
        Path p = resolver.resolve(client, Ipv4.parse("11.0.0.7"), DST, 40000, 53, 17);
        assertThat(p.outcome()).isEqualTo(PathOutcome.DELIVERED);
        assertThat(p.hops()).extracting(h -> h.node().name())
                .startsWith("GB", "T1", "LHR-r1", "LHR-sw1")
                .hasSize(5);
        assertThat(p.last()).isIn(s1, s2);
        assertThat(p.pop()).isEqualTo("LHR");
        assertThat(p.oneWayNanos()).isEqualTo(1_000_000 + 2_000_000 + 5_000 + 2_000 + 4 * PER_HOP);
        assertThat(p.rttNanos()).isEqualTo(2 * p.oneWayNanos());
    }

    @Test
    void ecmpSpreadsFlowsOverBothServersAndIsStablePerFlow() {
        int[] hits = new int[2];
        PathResolver.Walk walk = new PathResolver.Walk();
        for (int port = 1024; port < 5024; port++) {
            resolver.trace(client.id(), Ipv4.parse("11.0.3.9"), DST, port, 443, 6, walk);
            assertThat(walk.outcome()).isEqualTo(PathOutcome.DELIVERED);
            hits[walk.destination() == s1.id() ? 0 : 1]++;
            assertThat(walk.lastRouter()).isEqualTo(pop.id());
        }
        assertThat(hits[0]).isBetween(1700, 2300);
        Path again = resolver.resolve(client, Ipv4.parse("11.0.3.9"), DST, 1024, 443, 6);
        resolver.trace(client.id(), Ipv4.parse("11.0.3.9"), DST, 1024, 443, 6, walk);
        assertThat(again.last().id()).isEqualTo(walk.destination());
    }

    @Test
    void withdrawnServerGetsNoTraffic() {
        fwd.install(pop.id(), ANYCAST, NextHopSet.of(s2.id()));
        PathResolver.Walk walk = new PathResolver.Walk();
        for (int port = 1024; port < 1200; port++) {
            resolver.trace(client.id(), Ipv4.parse("11.0.3.9"), DST, port, 53, 17, walk);
            assertThat(walk.destination()).isEqualTo(s2.id());
        }
    }

    @Test
    void failuresEndTheWalk() {
        assertThat(resolver.resolve(client, 1, Ipv4.parse("8.8.8.8"), 1, 53, 17).outcome())
                .isEqualTo(PathOutcome.NO_ROUTE);
        t.setLinkUp(transitPop, false);
        assertThat(resolver.resolve(client, 1, DST, 1, 53, 17).outcome()).isEqualTo(PathOutcome.UNREACHABLE);
        t.setLinkUp(transitPop, true);
        t.setNodeUp(sw, false);
        assertThat(resolver.resolve(client, 1, DST, 1, 53, 17).outcome()).isEqualTo(PathOutcome.UNREACHABLE);
    }

    @Test
    void forwardingLoopIsDetected() {
        fwd.install(transit.id(), ANYCAST, NextHopSet.of(client.id()));
        assertThat(resolver.resolve(client, 1, DST, 1, 53, 17).outcome()).isEqualTo(PathOutcome.LOOP);
    }

    @Test
    void listenersHearRealFibChangesOnly() {
        int[] changes = {0};
        fwd.addListener((node, prefix) -> changes[0]++);
        fwd.install(pop.id(), ANYCAST, NextHopSet.of(s1.id(), s2.id()));
        assertThat(changes[0]).isZero();
        fwd.install(pop.id(), ANYCAST, NextHopSet.of(s1.id()));
        fwd.install(pop.id(), ANYCAST, NextHopSet.EMPTY);
        assertThat(changes[0]).isEqualTo(2);
        assertThat(fwd.fib(pop).entry(ANYCAST)).isNull();
    }

    @Test
    void hashWeightsShiftLoadAndSurviveRouteChanges() {
        fwd.install(pop.id(), ANYCAST, NextHopSet.of(s1.id(), s2.id()));
        int[] changes = {0};
        fwd.addListener((node, prefix) -> changes[0]++);
        fwd.setHashWeight(pop.id(), null, s1.id(), 3);
        assertThat(changes[0]).isEqualTo(1);
        FibEntry e = fwd.fib(pop).entry(ANYCAST);
        // Hash-threshold splits the hash space by weight: 3 to 1.
        assertThat(e.group().share(s1.id())).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
        // A route change re-installs the group; the operator's weight stays.
        fwd.install(pop.id(), ANYCAST, NextHopSet.of(s1.id()));
        fwd.install(pop.id(), ANYCAST, NextHopSet.of(s1.id(), s2.id()));
        assertThat(fwd.fib(pop).entry(ANYCAST).group().weight(s1.id())).isEqualTo(3);
        fwd.setHashWeight(pop.id(), ANYCAST, s1.id(), 1);
        assertThat(fwd.fib(pop).entry(ANYCAST).group().share(s1.id())).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void fibReplacesAGroupInOneStepSoResilientHashingKeepsTheSurvivorsFlows() {
        Forwarding resilient = new Forwarding(t, new ResilientBuckets(64));
        Prefix p = ANYCAST;
        resilient.install(pop.id(), p, NextHopSet.of(s1.id(), s2.id()));
        HashMapping before = resilient.fib(pop).entry(p).group().snapshot();
        // One decision swaps s2 for another server: s1 must keep every flow it had.
        Server s3 = t.nodesOf(Server.class).stream().filter(s -> s != s1 && s != s2).findFirst().orElse(null);
        int other = s3 != null ? s3.id() : sw.id();
        resilient.install(pop.id(), p, NextHopSet.of(s1.id(), other));
        HashMapping after = resilient.fib(pop).entry(p).group().snapshot();
        GroupChange change = GroupChange.compare(before, after);
        assertThat(change.fraction(s1.id(), other)).isZero();
        assertThat(change.fraction(s2.id(), other)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    }
}
