package org.anycastsim.scenarios.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.SessionKind;
import org.anycastsim.core.net.Topology;
import org.anycastsim.scenarios.importer.AsRelationships;
import org.anycastsim.scenarios.importer.CaidaAsRelImporter;
import org.junit.jupiter.api.Test;

class AsGraphTopologyTest {

    private static AsRelationships synthetic() throws Exception {
        String name = "/org/anycastsim/scenarios/importer/synthetic.as-rel.txt";
        try (InputStream in = AsGraphTopologyTest.class.getResourceAsStream(name)) {
            return CaidaAsRelImporter.read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        }
    }

    @Test
    void oneNodePerAsAndOneSessionPerRelationship() throws Exception {
        AsRelationships graph = synthetic();
        World w = AsGraphTopology.fromCaida(graph, AsGraphOptions.defaults("synthetic")
                .withOrigin(64502, "dns", List.of(Prefix.parse("192.0.2.0/24"))));
        Topology t = w.topology();
        assertThat(t.ases()).hasSize(13);
        assertThat(t.nodes()).hasSize(13);
        assertThat(t.links()).hasSize(20);
        assertThat(w.sessions().size()).isEqualTo(20);
        assertThat(w.sessions().count(SessionKind.IBGP)).isZero();

        Node origin = t.node("AS64502");
        assertThat(origin.as().role()).isEqualTo(AsRole.OPERATOR);
        assertThat(w.sessions().neighbours(origin, PeeringRelation.PROVIDER)).extracting(Node::name)
                .containsExactlyInAnyOrder("AS64499", "AS64501");
        assertThat(w.sessions().neighbours(origin, PeeringRelation.PEER)).extracting(Node::name)
                .containsExactlyInAnyOrder("AS64500", "AS64503");
        assertThat(w.sessions().neighbours(t.node("AS64496"), PeeringRelation.CUSTOMER)).extracting(Node::name)
                .containsExactly("AS64499");
        assertThat(t.as(64496).role()).isEqualTo(AsRole.TIER1);
        assertThat(t.as(64503).role()).isEqualTo(AsRole.TRANSIT);
        assertThat(t.servicePrefixes().get("dns")).containsExactly(Prefix.parse("192.0.2.0/24"));
        // stubs (no customers) are client networks, 4-byte AS numbers included
        assertThat(t.nodesOf(ClientNetwork.class)).extracting(Node::name)
                .containsExactly("AS64506", "AS65536", "AS65537");
        assertThat(t.as(65537)).isNotNull();
        assertThat(w.transitAses()).extracting(TransitAs::asn)
                .containsExactly(64496, 64497, 64498, 64499, 64500, 64501, 64503, 64504, 64505);
    }

    @Test
    void withoutClientsEveryAsIsARouter() throws Exception {
        AsGraphOptions d = AsGraphOptions.defaults("synthetic");
        AsGraphOptions routersOnly = new AsGraphOptions(d.name(), d.linkDelayNanos(), d.linkCapacityBps(), 0,
                d.servicePrefixes(), false, d.clientBlockPool(), d.clientBlockLength());
        World w = AsGraphTopology.fromCaida(synthetic(), routersOnly);
        assertThat(w.topology().nodesOf(ClientNetwork.class)).isEmpty();
        assertThat(w.topology().as(65536).role()).isEqualTo(AsRole.OTHER);
        assertThat(w.topology().servicePrefixes()).isEmpty();
    }

    @Test
    void unknownOriginIsRefused() {
        assertThatThrownBy(() -> AsGraphTopology.fromCaida(synthetic(), AsGraphOptions.defaults("s")
                .withOrigin(13335, "dns", List.of(Prefix.parse("192.0.2.0/24")))))
                .hasMessageContaining("AS13335 is not in the graph");
    }
}
