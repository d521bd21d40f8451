package org.anycastsim.scenarios.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anycastsim.core.geo.PropagationModel;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.BgpSessionSpec;
import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.SessionKind;
import org.anycastsim.core.net.Topology;
import org.junit.jupiter.api.Test;

class BuiltInTopologiesTest {

    @Test
    void registryNamesTheThreeWorlds() {
        assertThat(BuiltInTopologies.all()).extracting(BuiltInTopology::name)
                .containsExactly("cloudflare-2013", "diamond", "clique-5");
        assertThat(BuiltInTopologies.all()).allSatisfy(b -> assertThat(b.description()).isNotBlank());
        assertThat(BuiltInTopologies.get("diamond")).isSameAs(BuiltInTopologies.DIAMOND);
        assertThatThrownBy(() -> BuiltInTopologies.get("internet"))
                .hasMessageContaining("no built-in topology 'internet'").hasMessageContaining("clique-5");
    }

    @Test
    void diamond() {
        World w = BuiltInTopologies.DIAMOND.build();
        Topology t = w.topology();
        assertThat(t.ases()).hasSize(4);
        assertThat(t.pops()).containsExactly("WEST", "EAST");
        Node client = t.node("eb-client");
        assertThat(w.sessions().neighbours(client, PeeringRelation.PROVIDER)).extracting(Node::name)
                .containsExactly("AS64501-DEN", "AS64502-CHI");
        assertThat(w.sessions().neighbours(t.node("WEST-r1"), PeeringRelation.PROVIDER)).extracting(Node::name)
                .containsExactly("AS64501-DEN");
        assertThat(w.sessions().neighbours(t.node("EAST-r1"), PeeringRelation.PROVIDER)).extracting(Node::name)
                .containsExactly("AS64502-CHI");
        assertThat(w.sessions().count(SessionKind.EBGP)).isEqualTo(4);
        assertThat(w.sessions().count(SessionKind.IBGP)).isEqualTo(4);
        assertThat(t.servicePrefixes()).containsOnlyKeys("dns");
        Igp igp = new Igp(t);
        assertThat(igp.cost(t.node("WEST-r1"), t.node("WEST-s02"))).isNotEqualTo(Igp.UNREACHABLE);
    }

    @Test
    void cliqueOfFive() {
        World w = BuiltInTopologies.CLIQUE_5.build(new TextbookOptions(3, 1,
                PropagationModel.DEFAULT, LinkSettings.DEFAULT));
        Topology t = w.topology();
        assertThat(t.ases()).hasSize(5);
        assertThat(t.ases()).filteredOn(a -> a.role() == AsRole.OPERATOR).hasSize(1);
        assertThat(w.sessions().ofKind(SessionKind.EBGP)).hasSize(10)
                .allSatisfy(s -> assertThat(s.relation()).isEqualTo(PeeringRelation.PEER));
        for (BgpSessionSpec s : w.sessions().ofKind(SessionKind.EBGP)) {
            assertThat(s.link()).isNotNull();
        }
        assertThat(w.sessions().count(SessionKind.IBGP)).isEqualTo(3);
        assertThat(t.servicePrefixes().get("dns")).hasSize(1);
    }
}
