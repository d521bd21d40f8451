package org.anycastsim.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.anycastsim.core.geo.GeoPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IgpTest {
    private static final GeoPoint HERE = new GeoPoint(0, 0);
    private static final long GBPS = 1_000_000_000L;

    private Topology topo;
    private Router a;
    private Router b;
    private Router c;
    private Router d;
    private Router other;
    private Link ab;
    private Igp igp;

    /**
     * A diamond inside AS 65001: A-B (cost 10), B-D (10), A-C (10), C-D (25); and a router of
     * AS 65002 attached to D.
     */
    @BeforeEach
    void diamond() {
        topo = new Topology("diamond");
        AutonomousSystem as1 = topo.addAs(65001, "one", AsRole.OTHER);
        AutonomousSystem as2 = topo.addAs(65002, "two", AsRole.OTHER);
        a = topo.addRouter("A", as1, HERE, null);
        b = topo.addRouter("B", as1, HERE, null);
        c = topo.addRouter("C", as1, HERE, null);
        d = topo.addRouter("D", as1, HERE, null);
        other = topo.addRouter("X", as2, HERE, null);
        ab = topo.connect(a, b, 1000, GBPS, 10);
        topo.connect(b, d, 1000, GBPS, 10);
        topo.connect(a, c, 1000, GBPS, 10);
        topo.connect(c, d, 1000, GBPS, 25);
        topo.connect(d, other, 1000, GBPS, 1);
        igp = new Igp(topo);
    }

    @Test
    void shortestPathsByCost() {
        assertThat(igp.cost(a, d)).isEqualTo(20);
        assertThat(igp.path(a, d)).containsExactly(a, b, d);
        assertThat(igp.cost(c, b)).isEqualTo(20);
        assertThat(igp.cost(a, a)).isZero();
        assertThat(igp.firstHop(a.id(), d.id())).isEqualTo(ab.id());
    }

    @Test
    void otherAsIsNotInTheIgp() {
        assertThat(igp.cost(d, other)).isEqualTo(Igp.UNREACHABLE);
        assertThat(igp.firstHop(d.id(), other.id())).isEqualTo(Igp.NO_LINK);
    }

    @Test
    void linkFailureAndRepairRecomputeTheAs() {
        long before = igp.recomputations();
        topo.setLinkUp(ab, false);
        assertThat(igp.cost(a, d)).isEqualTo(35);
        assertThat(igp.path(a, d)).containsExactly(a, c, d);
        assertThat(igp.cost(a, b)).isEqualTo(45);
        topo.setLinkUp(ab, true);
        assertThat(igp.cost(a, d)).isEqualTo(20);
        assertThat(igp.recomputations()).isEqualTo(before + 2);
    }

    @Test
    void nodeFailureMakesItAndPathsThroughItUnreachable() {
        topo.setLinkUp(ab, false);
        topo.setNodeUp(c, false);
        assertThat(igp.cost(a, d)).isEqualTo(Igp.UNREACHABLE);
        assertThat(igp.cost(a, c)).isEqualTo(Igp.UNREACHABLE);
        assertThat(igp.path(a, d)).isEmpty();
        topo.setNodeUp(c, true);
        assertThat(igp.cost(a, d)).isEqualTo(35);
    }

    @Test
    void severalChangesAtOneInstantCostOneRecomputation() {
        igp.computeAll();
        long before = igp.recomputations();
        topo.setLinkUp(ab, false);
        topo.setNodeUp(c, false);
        topo.setNodeUp(c, true);
        igp.cost(a, d);
        igp.cost(b, c);
        assertThat(igp.recomputations()).isEqualTo(before + 1);
    }

    @Test
    void equalCostTiesGoToTheLowerLinkId() {
        Topology t = new Topology("square");
        AutonomousSystem as = t.addAs(1, "one", AsRole.OTHER);
        Router p = t.addRouter("P", as, HERE, null);
        Router q = t.addRouter("Q", as, HERE, null);
        Router r = t.addRouter("R", as, HERE, null);
        Router s = t.addRouter("S", as, HERE, null);
        Link pq = t.connect(p, q, 1, GBPS, 5);
        t.connect(p, r, 1, GBPS, 5);
        t.connect(q, s, 1, GBPS, 5);
        t.connect(r, s, 1, GBPS, 5);
        Igp g = new Igp(t);
        assertThat(g.cost(p, s)).isEqualTo(10);
        assertThat(g.firstHop(p.id(), s.id())).isEqualTo(pq.id());
    }
}
