package org.anycastsim.scenarios.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anycastsim.core.geo.PropagationModel;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Topology;
import org.anycastsim.scenarios.importer.ZooGraph;
import org.junit.jupiter.api.Test;

class ZooBackboneTest {

    @Test
    void abileneBecomesOneConnectedBackbone() {
        Topology t = new Topology("t");
        AutonomousSystem as = t.addAs(11537, "Abilene", AsRole.TRANSIT);
        ZooBackbone.Attached a = ZooBackbone.attach(t, as, ZooBackbone.load("Abilene"), PropagationModel.DEFAULT);
        assertThat(a.routers()).hasSize(11);
        assertThat(a.links()).hasSize(14);
        assertThat(a.bridges()).isEmpty();
        assertThat(a.placedAtNeighbour()).isEmpty();
        assertThat(a.routers()).extracting(Router::name).contains("AS11537-New-York", "AS11537-Chicago");
        assertConnected(t, a.routers());
    }

    @Test
    void nodesWithoutCoordinatesArePlacedAtANeighbour() {
        Topology t = new Topology("t");
        AutonomousSystem as = t.addAs(3257, "Tinet", AsRole.TIER1);
        ZooGraph tinet = ZooBackbone.load("Tinet");
        ZooBackbone.Attached a = ZooBackbone.attach(t, as, tinet, PropagationModel.DEFAULT);
        int unplaced = tinet.nodesWithoutCoordinates().size();
        assertThat(unplaced).isEqualTo(5);
        assertThat(a.placedAtNeighbour().size() + a.dropped().size()).isEqualTo(unplaced);
        assertThat(a.routers()).hasSize(53 - a.dropped().size());
        for (String id : a.placedAtNeighbour()) {
            Router r = a.routers().stream().filter(x -> x.name().equals("AS3257-n" + id)).findFirst().orElseThrow();
            assertThat(t.linksOf(r)).anySatisfy(l -> assertThat(l.other(r).location()).isEqualTo(r.location()));
        }
        assertConnected(t, a.routers());
    }

    @Test
    void componentsAreBridgedAndParallelEdgesMerged() {
        Topology t = new Topology("t");
        AutonomousSystem as = t.addAs(2914, "NTT", AsRole.TIER1);
        ZooBackbone.Attached a = ZooBackbone.attach(t, as, ZooBackbone.load("Ntt"), PropagationModel.DEFAULT);
        // Ntt.graphml: 47 nodes, 16 connected components, 153 parallel edges (topology-zoo/README.md)
        assertThat(a.routers()).hasSize(47);
        assertThat(a.bridges()).hasSize(15);
        assertThat(a.links()).hasSize(216 - 153 + 15);
        assertConnected(t, a.routers());
    }

    @Test
    void cogentFromTheZooInTheCloudflareWorld() {
        World w = Cloudflare2013.build(Cloudflare2013Options.defaults().toBuilder().zooBackbone(174, "Cogentco").build());
        TransitAs cogent = w.transitAs(174).orElseThrow();
        assertThat(cogent.backbone()).isEqualTo("Topology Zoo: Cogentco");
        assertThat(cogent.routers()).hasSizeGreaterThan(150);
        assertThat(cogent.ibgp()).isEqualTo(IbgpDesign.ROUTE_REFLECTION);
        assertThat(cogent.routerAtMetro()).containsKeys("NYC", "LON", "FRA");
        assertConnected(w.topology(), cogent.routers());
        assertThat(w.pops()).hasSize(23);
    }

    @Test
    void slugs() {
        assertThat(ZooBackbone.slug("Zürich", "3")).isEqualTo("Zurich");
        assertThat(ZooBackbone.slug("New York, NY", "3")).isEqualTo("New-York-NY");
        assertThat(ZooBackbone.slug("None", "7")).isEqualTo("n7");
        assertThat(ZooBackbone.slug("?", "8")).isEqualTo("n8");
    }

    private static void assertConnected(Topology t, List<Router> routers) {
        Igp igp = new Igp(t);
        for (Router r : routers) {
            assertThat(igp.cost(routers.get(0), r)).as(r.name()).isNotEqualTo(Igp.UNREACHABLE);
        }
    }
}
