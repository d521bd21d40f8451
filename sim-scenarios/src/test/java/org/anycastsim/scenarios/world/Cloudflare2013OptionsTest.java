package org.anycastsim.scenarios.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.anycastsim.core.net.BgpSessionSpec;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.SessionKind;
import org.anycastsim.core.net.Switch;
import org.anycastsim.core.net.Topology;
import org.junit.jupiter.api.Test;

class Cloudflare2013OptionsTest {

    private static Cloudflare2013Options.Builder options() {
        return Cloudflare2013Options.defaults().toBuilder();
    }

    @Test
    void serverAndSwitchCounts() {
        World uniform = Cloudflare2013.build(options().serversPerPop(6).switchesPerPop(3).serversPerPop("SJC", 20).build());
        Topology t = uniform.topology();
        assertThat(t.nodesOf(Switch.class)).hasSize(23 * 3);
        assertThat(t.nodesOf(Server.class)).hasSize(22 * 6 + 20);
        assertThat(uniform.pop("SJC").orElseThrow().servers()).isEqualTo(20);
        assertThat(uniform.pop("ARN").orElseThrow().servers()).isEqualTo(6);
        // 20 servers over 3 switches: 7, 7, 6
        Node sw3 = t.node("SJC-sw3");
        assertThat(t.linksOf(sw3).stream().filter(l -> l.other(sw3) instanceof Server)).hasSize(6);

        World bigger = Cloudflare2013.build(options().sizeClass("ARN", SizeClass.LARGE)
                .serversPerSizeClass(SizeClass.LARGE, 20).build());
        assertThat(bigger.pop("ARN").orElseThrow().servers()).isEqualTo(20);
        assertThat(bigger.pop("ARN").orElseThrow().sizeClass()).isEqualTo(SizeClass.LARGE);
    }

    @Test
    void chosenTransitNetworksOnly() {
        World w = Cloudflare2013.build(options().transitAses(List.of(1299, 4436, 10026)).build());
        assertThat(w.transitAses()).extracting(TransitAs::asn).containsExactly(1299, 4436, 10026);
        assertThat(w.topology().ases()).hasSize(1 + 3 + w.eyeballs().size());
        for (Pop pop : w.pops()) {
            assertThat(pop.providers()).isNotEmpty().allSatisfy(asn -> assertThat(asn).isIn(1299, 4436, 10026));
        }
        // no AS1273 in this world: no transit peer of the operator
        assertThat(w.sessions().neighbours(w.topology().node("LHR-r1"), PeeringRelation.PEER))
                .allSatisfy(n -> assertThat(n).isInstanceOf(ClientNetwork.class));
    }

    @Test
    void pathInflationScalesWanDelays() {
        World base = Cloudflare2013.build();
        World slow = Cloudflare2013.build(options().pathInflation(3.0).build());
        Link lonAms = linkBetween(base.topology(), "AS1299-LON", "AS1299-AMS");
        Link slowLonAms = linkBetween(slow.topology(), "AS1299-LON", "AS1299-AMS");
        assertThat((double) slowLonAms.delayNanos()).isCloseTo(2.0 * lonAms.delayNanos(), offset(2.0));
        // LAN links keep their fixed delays
        assertThat(linkBetween(slow.topology(), "LHR-r1", "LHR-sw1").delayNanos()).isEqualTo(2_000);
    }

    @Test
    void peeringShare() {
        World none = Cloudflare2013.build(options().peeringShare(0).build());
        assertThat(none.eyeballs()).allSatisfy(e -> assertThat(e.peeringPop()).isNull());
        World all = Cloudflare2013.build(options().peeringShare(1).peeringRadiusKm(1000).build());
        // China's networks, whose upstreams are pinned by data, never peer
        long near = all.eyeballs().stream().filter(e -> !e.node().country().equals("CN")).filter(e -> all.pops()
                .stream().anyMatch(p -> p.location().distanceKm(e.node().location()) <= 1000)).count();
        assertThat(all.eyeballs().stream().filter(e -> e.peeringPop() != null)).hasSize((int) near);
        for (Eyeball e : all.eyeballs()) {
            long peerSessions = all.sessions().neighbours(e.node(), PeeringRelation.PEER).size();
            assertThat(peerSessions).isEqualTo(e.peeringPop() == null ? 0 : 1);
        }
    }

    @Test
    void extraPrefixesForBenchmarksAndOwnServices() {
        World w = Cloudflare2013.build(options().extraProxyPrefixes(6).build());
        assertThat(w.topology().allServicePrefixes()).hasSize(10);
        assertThat(w.topology().servicePrefixes().get("proxy")).endsWith(Prefix.parse("104.16.0.0/24"),
                Prefix.parse("104.16.1.0/24"), Prefix.parse("104.16.2.0/24"), Prefix.parse("104.16.3.0/24"),
                Prefix.parse("104.16.4.0/24"), Prefix.parse("104.16.5.0/24"));
        World own = Cloudflare2013.build(options().clearServicePrefixes()
                .servicePrefixes("web", List.of(Prefix.parse("192.0.2.0/24"))).build());
        assertThat(own.topology().servicePrefixes()).containsOnlyKeys("web");
    }

    @Test
    void eyeballPlanOptions() {
        World flat = Cloudflare2013.build(options().splitLargeCountries(false).taiwanUsers(0).aggregationThresholdUsers(0)
                .eyeballUpstreams(1).dataUpstreams(false).build());
        Topology t = flat.topology();
        assertThat(t.node("eb-US")).isNotNull();
        assertThat(t.node("eb-TW")).isNull();
        assertThat(flat.eyeballs()).allSatisfy(e -> assertThat(e.members()).hasSize(1));
        assertThat(flat.eyeballs()).allSatisfy(e -> assertThat(e.upstreams()).hasSize(1));
        assertThat(flat.totalUsers()).isEqualTo(2_542_351_039L);
    }

    @Test
    void pinnedUpstreams() {
        World w = Cloudflare2013.build(options().upstreams("CN-S", List.of(10026, 4637)).build());
        Node south = w.topology().node("eb-CN-S");
        assertThat(w.sessions().neighbours(south, PeeringRelation.PROVIDER)).extracting(Node::name)
                .containsExactly("AS10026-HKG", "AS4637-HKG");
        // China's gateways buy from China Telecom's 2013 providers where the data says they meet them
        World byData = Cloudflare2013.build();
        assertThat(byData.sessions().neighbours(byData.topology().node("eb-CN-N"), PeeringRelation.PROVIDER))
                .extracting(Node::name).containsExactly("AS1239-TYO", "AS3356-TYO");
        // unsplit, China is one network buying from them at their routers nearest to it
        World whole = Cloudflare2013.build(options().splitLargeCountries(false).build());
        assertThat(whole.sessions().neighbours(whole.topology().node("eb-CN"), PeeringRelation.PROVIDER))
                .extracting(Node::asn).containsExactly(1239, 3356);
        // without the data, by proximity: the operator's provider nearest to Beijing, then any nearest
        World byProximity = Cloudflare2013.build(options().dataUpstreams(false).build());
        assertThat(byProximity.sessions().neighbours(byProximity.topology().node("eb-CN-N"),
                PeeringRelation.PROVIDER)).hasSize(2).anySatisfy(r -> assertThat(r.asn()).isIn(4637, 10026));
        assertThatThrownBy(() -> Cloudflare2013.build(options().upstreams("XX", List.of(1299)).build()))
                .hasMessageContaining("no eyeball network 'XX'");
        assertThatThrownBy(() -> options().upstreams("CN-S", List.of(7018)).build()).hasMessageContaining("AS7018");
    }

    @Test
    void routeReflectorsForLargeNetworks() {
        World w = Cloudflare2013.build(options().fullMeshMaxRouters(20).build());
        Igp igp = new Igp(w.topology());
        for (TransitAs x : w.transitAses()) {
            if (x.routers().size() <= 20) {
                assertThat(x.ibgp()).isEqualTo(IbgpDesign.FULL_MESH);
                continue;
            }
            assertThat(x.ibgp()).as(x.as().label()).isEqualTo(IbgpDesign.ROUTE_REFLECTION);
            assertThat(x.routeReflectors()).isNotEmpty();
            for (Router r : x.routers()) {
                List<BgpSessionSpec> ibgp = w.sessions().sessionsOf(r).stream()
                        .filter(s -> s.kind() == SessionKind.IBGP).toList();
                if (x.routeReflectors().contains(r)) {
                    assertThat(ibgp).filteredOn(s -> !s.routeReflectorClient()).hasSize(x.routeReflectors().size() - 1);
                } else {
                    assertThat(ibgp).isNotEmpty().allSatisfy(s -> {
                        assertThat(s.routeReflectorClient()).isTrue();
                        assertThat(s.b()).isSameAs(r);
                        assertThat(x.routeReflectors()).contains((Router) s.a());
                    });
                }
                assertThat(igp.cost(r, x.routeReflectors().get(0))).isNotEqualTo(Igp.UNREACHABLE);
            }
        }
        assertThat(w.transitAs(3356).orElseThrow().ibgp()).isEqualTo(IbgpDesign.ROUTE_REFLECTION);
    }

    @Test
    void refusesBadOptions() {
        assertThatThrownBy(() -> options().serversPerPop("XXX", 3).build()).hasMessageContaining("no PoP XXX");
        assertThatThrownBy(() -> options().assumedPops(List.of("LIS")).build()).hasMessageContaining("not a candidate");
        assertThatThrownBy(() -> options().peeringShare(1.5).build()).hasMessageContaining("peeringShare");
        assertThatThrownBy(() -> options().transitAses(List.of()).build()).hasMessageContaining("at least one");
        assertThatThrownBy(() -> options().transitAses(List.of(174, 3356)).build())
                .hasMessageContaining("operator's providers");
        assertThatThrownBy(() -> options().transitAses(List.of(1299, 7018)).build()).hasMessageContaining("AS7018");
        assertThatThrownBy(() -> options().zooBackbone(174, "Nowhere").build()).hasMessageContaining("Nowhere");
        assertThatThrownBy(() -> options().clientBlockPool(Prefix.parse("10.0.0.0/8")).build())
                .hasMessageContaining("overlaps");
        assertThatThrownBy(() -> options().switchesPerPop(0).build()).hasMessageContaining("switchesPerPop");
        assertThatThrownBy(() -> options().extraProxyPrefixes(5000).build()).hasMessageContaining("holds only 4096");
    }

    @Test
    void otherCandidatesForTheTwoUnknownSites() {
        World w = Cloudflare2013.build(options().assumedPops(List.of("MXP", "KIX")).build());
        assertThat(w.pops()).extracting(Pop::code).endsWith("MXP", "KIX").doesNotContain("MAD", "ICN");
        assertThat(w.pop("KIX").orElseThrow().assumed()).isTrue();
        assertThat(w.pop("KIX").orElseThrow().providers()).isNotEmpty();
    }

    private static Link linkBetween(Topology t, String a, String b) {
        Node x = t.node(a);
        Node y = t.node(b);
        assertThat(x).as(a).isNotNull();
        assertThat(y).as(b).isNotNull();
        Link l = t.linkBetween(x, y);
        assertThat(l).as(a + " - " + b).isNotNull();
        return l;
    }
}
