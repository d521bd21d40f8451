package org.anycastsim.core.bgp.policy;

import static org.anycastsim.core.bgp.policy.PolicyRoutes.LOCAL_AS;
import static org.anycastsim.core.bgp.policy.PolicyRoutes.ebgp;
import static org.anycastsim.core.bgp.policy.PolicyRoutes.internal;
import static org.anycastsim.core.bgp.policy.PolicyRoutes.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.anycastsim.core.bgp.Community;
import org.anycastsim.core.bgp.Decision;
import org.anycastsim.core.bgp.DecisionOptions;
import org.anycastsim.core.bgp.DecisionProcess;
import org.anycastsim.core.bgp.DecisionReason;
import org.anycastsim.core.bgp.IgpCost;
import org.anycastsim.core.bgp.Relationship;
import org.anycastsim.core.bgp.Route;
import org.anycastsim.core.bgp.RouteSource;
import org.junit.jupiter.api.Test;

class GaoRexfordTest {

    private static final String PREFIX = "203.0.113.0/24";

    private final GaoRexford gr = GaoRexford.forAs(LOCAL_AS);

    private final Route fromCustomer = ebgp(PREFIX, 64500, "10.9.0.1", Relationship.CUSTOMER, "64500 64501 64502");
    private final Route fromPeer = ebgp(PREFIX, 174, "10.9.0.2", Relationship.PEER, "174 64502");
    private final Route fromProvider = ebgp(PREFIX, 1299, "10.9.0.3", Relationship.PROVIDER, "1299 64502");

    private Route imported(Route route) {
        PolicyResult result = gr.importPolicy(route.source().relationship()).apply(route);
        assertThat(result.accepted()).isTrue();
        return result.route();
    }

    private boolean exported(Route route, Relationship to) {
        return gr.exportPolicy(to).apply(route).accepted();
    }

    @Test
    void importSetsLocalPrefCustomerOverPeerOverProvider() {
        assertThat(imported(fromCustomer).attributes().localPref()).isEqualTo(200);
        assertThat(imported(fromPeer).attributes().localPref()).isEqualTo(100);
        assertThat(imported(fromProvider).attributes().localPref()).isEqualTo(50);
    }

    @Test
    void importTagsWhereTheRouteWasLearned() {
        assertThat(imported(fromCustomer).attributes().communities()).containsExactly(Community.parse("13335:1"));
        assertThat(imported(fromPeer).attributes().communities()).containsExactly(Community.parse("13335:2"));
        assertThat(imported(fromProvider).attributes().communities()).containsExactly(Community.parse("13335:3"));
    }

    @Test
    void theCustomerRouteWinsDespiteItsLongerPath() {
        Decision d = new DecisionProcess(DecisionOptions.DEFAULTS)
                .decide(List.of(imported(fromProvider), imported(fromPeer), imported(fromCustomer)),
                        IgpCost.ALL_CONNECTED)
                .orElseThrow();
        assertThat(d.best().source()).isEqualTo(fromCustomer.source());
        assertThat(d.reason()).isEqualTo(DecisionReason.LOCAL_PREF);
    }

    @Test
    void aCustomerRouteIsExportedToEveryone() {
        Route route = imported(fromCustomer);
        assertThat(exported(route, Relationship.CUSTOMER)).isTrue();
        assertThat(exported(route, Relationship.PEER)).isTrue();
        assertThat(exported(route, Relationship.PROVIDER)).isTrue();
    }

    @Test
    void aPeerRouteIsExportedOnlyToCustomers() {
        Route route = imported(fromPeer);
        assertThat(exported(route, Relationship.PEER)).isFalse();
        assertThat(exported(route, Relationship.PROVIDER)).isFalse();
        assertThat(exported(route, Relationship.CUSTOMER)).isTrue();
    }

    @Test
    void aProviderRouteIsExportedOnlyToCustomers() {
        Route route = imported(fromProvider);
        assertThat(exported(route, Relationship.PEER)).isFalse();
        assertThat(exported(route, Relationship.PROVIDER)).isFalse();
        assertThat(exported(route, Relationship.CUSTOMER)).isTrue();
    }

    @Test
    void ownRoutesAreExportedToEveryone() {
        // Originated here, or by a server of the PoP and learned over iBGP: empty AS path.
        for (Route own : List.of(local(PREFIX), internal(PREFIX, "10.1.0.1"))) {
            for (Relationship to : List.of(Relationship.CUSTOMER, Relationship.PEER, Relationship.PROVIDER)) {
                assertThat(exported(own, to)).as("%s to %s", own, to).isTrue();
            }
        }
    }

    @Test
    void theTagSurvivesIbgpSoAnotherBorderRouterExportsCorrectly() {
        Route viaIbgp = new Route(fromPeer.prefix(), imported(fromPeer).attributes(),
                RouteSource.ibgp(LOCAL_AS, 0x0A000063, 0x0A000063, false));
        assertThat(gr.importPolicy(Relationship.NONE).apply(viaIbgp).route()).isSameAs(viaIbgp);
        assertThat(exported(viaIbgp, Relationship.PROVIDER)).isFalse();
        assertThat(exported(viaIbgp, Relationship.CUSTOMER)).isTrue();
    }

    @Test
    void aSpoofedCustomerTagFromAPeerIsRemovedOnImport() {
        Route spoofed = fromPeer.withAttributes(fromPeer.attributes().withCommunityAdded(gr.tagFor(Relationship.CUSTOMER)));
        Route route = imported(spoofed);
        assertThat(route.attributes().hasCommunity(gr.tagFor(Relationship.CUSTOMER))).isFalse();
        assertThat(exported(route, Relationship.PEER)).isFalse();
    }

    @Test
    void exportToEbgpStripsTheTagsButKeepsOtherCommunities() {
        Route route = imported(fromCustomer.withAttributes(
                fromCustomer.attributes().withCommunityAdded(Community.parse("64500:42"))));
        Route sent = gr.exportPolicy(Relationship.PEER).apply(route).route();
        assertThat(sent.attributes().communities()).containsExactly(Community.parse("64500:42"));
    }

    @Test
    void valuesAreConfigurable() {
        GaoRexford custom = new GaoRexford(new GaoRexford.Config(300, 150, 80, Community.parse("65000:100"),
                Community.parse("65000:200"), Community.parse("65000:300")));
        Route route = custom.importPolicy(Relationship.PEER).apply(fromPeer).route();
        assertThat(route.attributes().localPref()).isEqualTo(150);
        assertThat(route.attributes().communities()).containsExactly(Community.parse("65000:200"));
        assertThatThrownBy(() -> new GaoRexford.Config(100, 150, 80, 1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GaoRexford.forAs((int) 4200000000L)).isInstanceOf(IllegalArgumentException.class);
    }
}
