package org.anycastsim.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anycastsim.core.geo.GeoPoint;
import org.junit.jupiter.api.Test;

class SessionPlanTest {
    private static final GeoPoint HERE = new GeoPoint(51.5, -0.1);

    private final Topology t = new Topology("t");
    private final AutonomousSystem operator = t.addAs(13335, "CloudFlare", AsRole.OPERATOR);
    private final AutonomousSystem transit = t.addAs(1299, "Telia", AsRole.TIER1);
    private final Router pop = t.addRouter("LHR-r1", operator, HERE, "LHR");
    private final Server server = t.addServer("LHR-s01", operator, HERE, "LHR");
    private final Router lon = t.addRouter("AS1299-LON", transit, HERE, null);
    private final Router ams = t.addRouter("AS1299-AMS", transit, HERE, null);
    private final Router fra = t.addRouter("AS1299-FRA", transit, HERE, null);
    private final Link uplink = t.connect(pop, lon, 10_000, 10_000_000_000L);

    @Test
    void relationsReadFromEitherSide() {
        SessionPlan plan = SessionPlan.builder(t)
                .ebgp(pop, lon, uplink, PeeringRelation.PROVIDER)
                .ibgp(pop, server)
                .reflectorClient(lon, ams)
                .reflectorClient(lon, fra)
                .build();

        BgpSessionSpec transitSession = plan.between(lon, pop).orElseThrow();
        assertThat(transitSession.relationSeenFrom(pop)).isEqualTo(PeeringRelation.PROVIDER);
        assertThat(transitSession.relationSeenFrom(lon)).isEqualTo(PeeringRelation.CUSTOMER);
        assertThat(plan.neighbours(lon, PeeringRelation.CUSTOMER)).containsExactly(pop);
        assertThat(plan.neighbours(pop, PeeringRelation.INTERNAL)).containsExactly(server);
        assertThat(plan.sessionsOf(lon)).hasSize(3);
        assertThat(plan.count(SessionKind.EBGP)).isEqualTo(1);
        assertThat(plan.count(SessionKind.IBGP)).isEqualTo(3);
        assertThat(plan.routeReflectors()).containsExactly(lon);
        assertThat(plan.between(ams, fra)).isEmpty();
        assertThat(plan.ibgpNextHopSelf()).isTrue();
        assertThat(plan.between(lon, ams).orElseThrow().isReflectorSide(lon)).isTrue();
    }

    @Test
    void inverseSwapsCustomerAndProvider() {
        assertThat(PeeringRelation.CUSTOMER.inverse()).isEqualTo(PeeringRelation.PROVIDER);
        assertThat(PeeringRelation.PROVIDER.inverse()).isEqualTo(PeeringRelation.CUSTOMER);
        assertThat(PeeringRelation.PEER.inverse()).isEqualTo(PeeringRelation.PEER);
        assertThat(PeeringRelation.INTERNAL.inverse()).isEqualTo(PeeringRelation.INTERNAL);
    }

    @Test
    void refusesInconsistentSessions() {
        assertThatThrownBy(() -> BgpSessionSpec.ebgp(lon, ams, null, PeeringRelation.PEER))
                .hasMessageContaining("eBGP session inside AS1299");
        assertThatThrownBy(() -> new BgpSessionSpec(pop, lon, null, SessionKind.EBGP, PeeringRelation.PROVIDER, false))
                .hasMessageContaining("needs a direct link");
        assertThatThrownBy(() -> BgpSessionSpec.ibgp(pop, lon)).hasMessageContaining("iBGP session between ASes");
        assertThatThrownBy(() -> BgpSessionSpec.ebgp(pop, lon, uplink, PeeringRelation.INTERNAL))
                .hasMessageContaining("business relation");
        assertThatThrownBy(() -> BgpSessionSpec.ebgp(server, lon, uplink, PeeringRelation.PROVIDER))
                .hasMessageContaining("does not join");
        assertThatThrownBy(() -> SessionPlan.builder(t).ibgp(lon, ams).ibgp(ams, lon))
                .hasMessageContaining("second BGP session between");
        Topology other = new Topology("other");
        Router stranger = other.addRouter("x", other.addAs(1299, "Telia", AsRole.TIER1), HERE, null);
        assertThatThrownBy(() -> SessionPlan.builder(t).ibgp(lon, stranger))
                .hasMessageContaining("not part of topology t");
    }
}
