package org.anycastsim.scenarios.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.BgpSessionSpec;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.ControlServer;
import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.SessionKind;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Switch;
import org.anycastsim.core.net.Topology;
import org.junit.jupiter.api.Test;

class Cloudflare2013Test {
    /** Sum of internet_users over country_demand_2013.csv (the data README: "2.54 billion"). */
    private static final long OWID_USERS_IN_DATA = 2_542_351_039L;
    private static final Set<Integer> OPERATOR_PROVIDERS = Set.of(1299, 4436, 4637, 5568, 10026, 23352);

    private static final World WORLD = Cloudflare2013.build();
    private static final Topology T = WORLD.topology();
    private static final SessionPlan PLAN = WORLD.sessions();

    @Test
    void has23PopsEachWithRouterSwitchesServersAndControlServer() {
        assertThat(WORLD.pops()).hasSize(23);
        assertThat(T.pops()).hasSize(23);
        assertThat(WORLD.pops().stream().filter(Pop::assumed).map(Pop::code)).containsExactly("MAD", "ICN");
        for (Pop pop : WORLD.pops()) {
            List<Node> nodes = T.popNodes(pop.code());
            Router router = (Router) T.node(pop.code() + "-r1");
            assertThat(nodes).filteredOn(n -> n instanceof Router).containsExactly(router);
            assertThat(nodes).filteredOn(n -> n instanceof Switch).extracting(Node::name)
                    .containsExactly(pop.code() + "-sw1", pop.code() + "-sw2");
            assertThat(nodes).filteredOn(n -> n instanceof ControlServer).extracting(Node::name)
                    .containsExactly(pop.code() + "-cs");
            List<Node> servers = nodes.stream().filter(n -> n instanceof Server).toList();
            assertThat(servers).hasSize(pop.servers());
            for (Node s : servers) {
                assertThat(T.linksOf(s)).singleElement().satisfies(l -> assertThat(l.other(s)).isInstanceOf(Switch.class));
                BgpSessionSpec ibgp = PLAN.between(router, s).orElseThrow();
                assertThat(ibgp.kind()).isEqualTo(SessionKind.IBGP);
                assertThat(ibgp.link()).isNull();
            }
            assertThat(T.linkBetween(router, T.node(pop.code() + "-cs"))).isNotNull();
            assertThat(PLAN.sessionsOf(T.node(pop.code() + "-cs"))).isEmpty();
        }
        // sized for their catchments (cloudflare_pop_sizes_2013.csv): 164 servers in all
        assertThat(WORLD.pop("HKG").orElseThrow().servers()).isEqualTo(16);
        assertThat(WORLD.pop("SIN").orElseThrow().servers()).isEqualTo(10);
        assertThat(WORLD.pop("SJC").orElseThrow().servers()).isEqualTo(4);
        assertThat(WORLD.pops().stream().mapToInt(Pop::servers).sum()).isEqualTo(164);
        assertThat(T.popNodes("HKG")).extracting(Node::name).contains("HKG-s01", "HKG-s16").doesNotContain("HKG-s17");
        // contiguous halves: s01-s08 behind sw1, s09-s16 behind sw2
        assertThat(T.linkBetween(T.node("HKG-s08"), T.node("HKG-sw1"))).isNotNull();
        assertThat(T.linkBetween(T.node("HKG-s09"), T.node("HKG-sw2"))).isNotNull();
    }

    @Test
    void everyPopRouterHasProvidersAmongTheOperatorsSix() {
        for (Pop pop : WORLD.pops()) {
            Router router = (Router) T.node(pop.routerName());
            List<Node> providers = PLAN.neighbours(router, PeeringRelation.PROVIDER);
            assertThat(providers).as(pop.code()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(providers).allSatisfy(p -> assertThat(OPERATOR_PROVIDERS).contains(p.asn()));
            assertThat(pop.providers()).containsExactlyElementsOf(providers.stream().map(Node::asn).toList());
        }
        assertThat(WORLD.pop("SJC").orElseThrow().providers()).containsExactly(1299, 4436, 4637, 10026, 23352);
        assertThat(WORLD.pop("SYD").orElseThrow().providers()).containsExactly(4637, 10026);
        // China Telecom's providers in CAIDA 2013, where each gateway meets them (eyeball_upstreams_2013.csv)
        assertThat(PLAN.neighbours(T.node("eb-CN-S"), PeeringRelation.PROVIDER)).extracting(Node::name)
                .containsExactly("AS1239-HKG", "AS3356-HKG");
        assertThat(PLAN.neighbours(T.node("eb-CN-E"), PeeringRelation.PROVIDER)).extracting(Node::name)
                .containsExactly("AS1239-HKG", "AS3356-HKG");
        assertThat(PLAN.neighbours(T.node("eb-CN-N"), PeeringRelation.PROVIDER)).extracting(Node::name)
                .containsExactly("AS1239-TYO", "AS3356-TYO");
        // AS1273 peers with the operator (CAIDA 2013): a PEER session where they share a metro
        assertThat(PLAN.neighbours(T.node("LHR-r1"), PeeringRelation.PEER)).extracting(Node::name).contains("AS1273-LON");
    }

    @Test
    void everyEyeballBuysFromTransitAndBackbonesAreConnected() {
        for (ClientNetwork c : T.nodesOf(ClientNetwork.class)) {
            List<Node> upstreams = PLAN.neighbours(c, PeeringRelation.PROVIDER);
            assertThat(upstreams).as(c.name()).hasSize(2);
            assertThat(upstreams).allSatisfy(u -> {
                assertThat(u).isInstanceOf(Router.class);
                assertThat(u.as().role()).isIn(AsRole.TIER1, AsRole.TRANSIT);
                assertThat(T.linkBetween(c, u)).isNotNull();
            });
            assertThat(c.as().role()).isEqualTo(AsRole.EYEBALL);
            assertThat(c.asn()).isBetween(64512, 65534);
        }
        Igp igp = new Igp(T);
        for (TransitAs x : WORLD.transitAses()) {
            for (Router a : x.routers()) {
                for (Router b : x.routers()) {
                    assertThat(igp.cost(a, b)).as(a + " to " + b).isNotEqualTo(Igp.UNREACHABLE);
                }
            }
            assertThat(x.ibgp()).isEqualTo(IbgpDesign.FULL_MESH);
            int n = x.routers().size();
            long ibgp = x.routers().stream().mapToLong(r -> PLAN.neighbours(r, PeeringRelation.INTERNAL).size()).sum();
            assertThat(ibgp).as(x.as().label()).isEqualTo((long) n * (n - 1));
        }
        assertThat(PLAN.ibgpNextHopSelf()).isTrue();
        assertThat(PLAN.routeReflectors()).isEmpty();
    }

    @Test
    void tier1sPeerAtSixHubsAndCustomersBuyAsCaidaSays() {
        List<TransitAs> tier1 = WORLD.transitAses().stream().filter(x -> x.role() == AsRole.TIER1).toList();
        assertThat(tier1).extracting(TransitAs::asn).containsExactly(1299, 174, 1239, 2914, 3257, 3320, 3356, 6453, 6762);
        for (TransitAs x : tier1) {
            for (TransitAs y : tier1) {
                if (x != y) {
                    assertThat(sessionsBetween(x.asn(), y.asn())).as(x.as() + " - " + y.as())
                            .hasSize(6).allSatisfy(s -> assertThat(s.relation()).isEqualTo(PeeringRelation.PEER));
                }
            }
        }
        // at the hubs where most carriers are, two per region: Telia and Sprint meet at Ashburn too
        assertThat(sessionsBetween(1299, 1239)).extracting(s -> s.a().name().replaceAll(".*-", ""))
                .containsExactlyInAnyOrder("LAX", "WAS", "LON", "FRA", "HKG", "SIN");
        // a customer meets its provider at up to 8 shared metros: nLayer and Sprint share 15, Pacnet and Cogent 2
        assertThat(sessionsBetween(1239, 4436)).hasSize(8)
                .allSatisfy(s -> assertThat(s.relationSeenFrom(s.a().asn() == 1239 ? s.a() : s.b()))
                        .isEqualTo(PeeringRelation.CUSTOMER));
        assertThat(sessionsBetween(174, 10026)).extracting(s -> s.a().name() + " " + s.b().name())
                .containsExactlyInAnyOrder("AS174-SJC AS10026-SJC", "AS174-LAX AS10026-LAX");
        // Pacnet (AS10026) buys from AS174, 1299, 3257, 3320, 3356 and 6762 (CAIDA serial-1, 2013-01-01)
        Set<Integer> pacnetProviders = WORLD.transitAs(10026).orElseThrow().routers().stream()
                .flatMap(r -> PLAN.neighbours(r, PeeringRelation.PROVIDER).stream())
                .map(Node::asn).collect(Collectors.toSet());
        assertThat(pacnetProviders).containsExactlyInAnyOrder(174, 1299, 3257, 3320, 3356, 6762);
        // RBNet's one provider in the world is AS1273
        Set<Integer> rbnetProviders = WORLD.transitAs(5568).orElseThrow().routers().stream()
                .flatMap(r -> PLAN.neighbours(r, PeeringRelation.PROVIDER).stream())
                .map(Node::asn).collect(Collectors.toSet());
        assertThat(rbnetProviders).containsExactly(1273);
    }

    @Test
    void eyeballDemandAddsUpToTheDataPlusTaiwan() {
        double sum = T.nodesOf(ClientNetwork.class).stream().mapToDouble(ClientNetwork::demandWeight).sum();
        assertThat(sum).isEqualTo(OWID_USERS_IN_DATA + 17_000_000.0);
        assertThat(WORLD.totalUsers()).isEqualTo(OWID_USERS_IN_DATA + 17_000_000L);
        assertThat(((ClientNetwork) T.node("eb-TW")).demandWeight()).isEqualTo(17_000_000.0);
        assertThat(T.node("eb-US")).isNull();
        assertThat(T.nodesOf(ClientNetwork.class)).filteredOn(c -> c.country().equals("US")).hasSize(13);
        assertThat(((ClientNetwork) T.node("eb-DE")).clientBlock()).isEqualTo(Prefix.parse("11.32.0.0/16"));
        Set<Prefix> blocks = new HashSet<>();
        T.nodesOf(ClientNetwork.class).forEach(c -> assertThat(blocks.add(c.clientBlock())).isTrue());
    }

    @Test
    void aQuarterOfTheEyeballsNearAPopPeerWithIt() {
        List<Eyeball> peers = WORLD.eyeballs().stream().filter(e -> e.peeringPop() != null).toList();
        // China's networks, whose upstreams are pinned by data, do not peer
        long near = WORLD.eyeballs().stream().filter(e -> !e.node().country().equals("CN")).filter(e -> WORLD.pops()
                .stream().anyMatch(p -> p.location().distanceKm(e.node().location()) <= 1000)).count();
        assertThat(peers).hasSize((int) Math.round(0.25 * near));
        for (Eyeball e : peers) {
            Node pop = T.node(e.peeringPop() + "-r1");
            assertThat(PLAN.between(e.node(), pop).orElseThrow().relationSeenFrom(e.node())).isEqualTo(PeeringRelation.PEER);
        }
        assertThat(peers).extracting(e -> e.node().name()).contains("eb-DE", "eb-JP", "eb-GB");
    }

    @Test
    void namesAreUniqueAndSessionsAreConsistent() {
        Set<String> names = new HashSet<>();
        T.nodes().forEach(n -> assertThat(names.add(n.name())).as(n.name()).isTrue());
        for (BgpSessionSpec s : PLAN.sessions()) {
            if (s.kind() == SessionKind.EBGP) {
                assertThat(s.link().isIntraAs()).isFalse();
            }
        }
        for (TransitAs x : WORLD.transitAses()) {
            assertThat(x.routers().stream().flatMap(r -> PLAN.sessionsOf(r).stream())
                    .anyMatch(s -> s.kind() == SessionKind.EBGP)).as(x.as().label()).isTrue();
        }
        assertThat(T.servicePrefixes()).containsOnlyKeys("dns", "proxy");
        assertThat(T.servicePrefixes().get("dns"))
                .containsExactly(Prefix.parse("173.245.58.0/24"), Prefix.parse("173.245.59.0/24"));
        assertThat(T.servicePrefixes().get("proxy"))
                .containsExactly(Prefix.parse("198.41.214.0/24"), Prefix.parse("198.41.215.0/24"));
    }

    @Test
    void buildingTwiceGivesTheSameWorld() {
        World again = Cloudflare2013.build();
        assertThat(again.topology().nodes().stream().map(Cloudflare2013Test::describe).toList())
                .isEqualTo(T.nodes().stream().map(Cloudflare2013Test::describe).toList());
        assertThat(again.topology().links().stream().map(Cloudflare2013Test::describe).toList())
                .isEqualTo(T.links().stream().map(Cloudflare2013Test::describe).toList());
        assertThat(again.sessions().sessions().stream().map(BgpSessionSpec::toString).toList())
                .isEqualTo(PLAN.sessions().stream().map(BgpSessionSpec::toString).toList());
    }

    private static List<BgpSessionSpec> sessionsBetween(int asnA, int asnB) {
        return PLAN.ofKind(SessionKind.EBGP).stream()
                .filter(s -> s.a().asn() == asnA && s.b().asn() == asnB || s.a().asn() == asnB && s.b().asn() == asnA)
                .toList();
    }

    private static String describe(Node n) {
        return n.id() + " " + n.name() + " " + n.asn() + " " + n.location() + " " + n.address();
    }

    private static String describe(Link l) {
        return l.id() + " " + l + " " + l.delayNanos() + " " + l.capacityBitsPerSecond() + " " + l.igpCost();
    }
}
