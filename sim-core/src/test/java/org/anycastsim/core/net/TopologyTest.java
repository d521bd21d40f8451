package org.anycastsim.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.anycastsim.core.geo.GeoPoint;
import org.junit.jupiter.api.Test;

class TopologyTest {
    private static final GeoPoint HERE = new GeoPoint(51.5, -0.1);

    @Test
    void idsAddressesAndLookups() {
        Topology t = new Topology("t");
        AutonomousSystem as = t.addAs(13335, "CloudFlare", AsRole.OPERATOR);
        Router r = t.addRouter("LHR-r1", as, HERE, "LHR");
        Switch sw = t.addSwitch("LHR-sw1", as, HERE, "LHR");
        Server s = t.addServer("LHR-s01", as, HERE, "LHR");
        Link l1 = t.connect(r, sw, 1000, 10_000_000_000L);
        Link l2 = t.connect(sw, s, 1000, 10_000_000_000L);
        assertThat(r.id()).isZero();
        assertThat(s.id()).isEqualTo(2);
        assertThat(Ipv4.format(r.address())).isEqualTo("10.0.0.1");
        assertThat(Ipv4.format(l1.addressOf(r))).isEqualTo("100.64.0.0");
        assertThat(Ipv4.format(l1.addressOf(sw))).isEqualTo("100.64.0.1");
        assertThat(Ipv4.format(l2.addressOf(sw))).isEqualTo("100.64.0.2");
        assertThat(t.node("LHR-s01")).isSameAs(s);
        assertThat(t.linksOf(sw)).containsExactly(l1, l2);
        assertThat(t.linkBetween(s, sw)).isSameAs(l2);
        assertThat(t.popNodes("LHR")).containsExactly(r, sw, s);
        assertThat(t.pops()).containsExactly("LHR");
        assertThat(t.nodesOf(Server.class)).containsExactly(s);
        assertThat(l1.isIntraAs()).isTrue();
        assertThat(l1.igpCost()).isEqualTo(1);
    }

    @Test
    void servicePrefixes() {
        Topology t = new Topology("t");
        t.addServicePrefix("dns", Prefix.parse("173.245.58.0/24"));
        t.addServicePrefix("proxy", Prefix.parse("198.41.214.0/24"));
        assertThat(t.serviceOf(Ipv4.parse("173.245.58.10"))).isEqualTo("dns");
        assertThat(t.serviceOf(Ipv4.parse("198.41.214.1"))).isEqualTo("proxy");
        assertThat(t.serviceOf(Ipv4.parse("8.8.8.8"))).isNull();
        assertThatThrownBy(() -> t.addServicePrefix("cache", Prefix.parse("173.245.58.0/24")))
                .hasMessageContaining("already belongs to service dns");
    }

    @Test
    void listenersHearRealStateChangesOnly() {
        Topology t = new Topology("t");
        AutonomousSystem as = t.addAs(1, "one", AsRole.OTHER);
        Router a = t.addRouter("a", as, HERE, null);
        Router b = t.addRouter("b", as, HERE, null);
        Link l = t.connect(a, b, 1, 1);
        List<String> heard = new ArrayList<>();
        t.addListener(new TopologyListener() {
            @Override
            public void linkChanged(Link link) {
                heard.add(link + (link.isUp() ? " up" : " down"));
            }

            @Override
            public void nodeChanged(Node node) {
                heard.add(node + (node.isUp() ? " up" : " down"));
            }
        });
        t.setLinkUp(l, false);
        t.setLinkUp(l, false);
        t.setNodeUp(a, false);
        assertThat(l.isUsable()).isFalse();
        t.setLinkUp(l, true);
        assertThat(l.isUsable()).isFalse();
        t.setNodeUp(a, true);
        assertThat(l.isUsable()).isTrue();
        assertThat(heard).containsExactly("a - b down", "a down", "a - b up", "a up");
    }

    @Test
    void badInputsAreRefused() {
        Topology t = new Topology("t");
        AutonomousSystem as = t.addAs(1, "one", AsRole.OTHER);
        Router a = t.addRouter("a", as, HERE, null);
        assertThatThrownBy(() -> t.addRouter("a", as, HERE, null)).hasMessageContaining("used twice");
        assertThatThrownBy(() -> t.connect(a, a, 1, 1)).hasMessageContaining("to itself");
        Router b = t.addRouter("b", as, HERE, null);
        assertThatThrownBy(() -> t.connect(a, b, 1, 0)).hasMessageContaining("capacity");
        assertThatThrownBy(() -> t.connect(a, b, -1, 1)).hasMessageContaining("negative delay");
        assertThatThrownBy(() -> t.addAs(1, "again", AsRole.OTHER)).hasMessageContaining("twice");
        Topology other = new Topology("o");
        AutonomousSystem foreign = other.addAs(1, "one", AsRole.OTHER);
        assertThatThrownBy(() -> t.addRouter("c", foreign, HERE, null)).hasMessageContaining("not part of");
    }
}
