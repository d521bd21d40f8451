package org.anycastsim.core.bgp.policy;

import static org.anycastsim.core.bgp.policy.PolicyRoutes.ebgp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.anycastsim.core.bgp.Community;
import org.anycastsim.core.bgp.Relationship;
import org.anycastsim.core.bgp.Route;
import org.junit.jupiter.api.Test;

class PolicyTest {

    private final Route route = ebgp("198.41.214.0/24", 174, "38.0.0.1", Relationship.PEER, "174 64500");

    @Test
    void acceptStopsAtTheFirstMatchingRule() {
        Policy policy = Policy.of("p", Verdict.REJECT,
                Rule.accept("cogent", Match.neighbourAsn(174), Action.setLocalPref(120)),
                Rule.accept("later", Match.always(), Action.setLocalPref(10)));
        PolicyResult result = policy.apply(route);
        assertThat(result.accepted()).isTrue();
        assertThat(result.route().attributes().localPref()).isEqualTo(120);
        assertThat(result.decidedBy()).isEqualTo("cogent");
    }

    @Test
    void rejectStops() {
        Policy policy = Policy.of("p", Verdict.ACCEPT,
                Rule.reject("bogon-transit", Match.asPathContains(64500)),
                Rule.accept("all", Match.always()));
        PolicyResult result = policy.apply(route);
        assertThat(result.accepted()).isFalse();
        assertThat(result.route()).isNull();
        assertThat(result.decidedBy()).isEqualTo("bogon-transit");
    }

    @Test
    void aNonMatchingRuleIsSkipped() {
        Policy policy = Policy.of("p", Verdict.REJECT,
                Rule.reject("telia", Match.neighbourAsn(1299)),
                Rule.accept("all", Match.always()));
        assertThat(policy.apply(route).decidedBy()).isEqualTo("all");
    }

    @Test
    void nextKeepsChangesAndLaterRulesSeeThem() {
        Policy policy = Policy.of("p", Verdict.REJECT,
                Rule.modify("tag", Match.neighbourAsn(174), Action.addCommunity("13335:174")),
                Rule.accept("tagged", Match.community("13335:174"), Action.setMed(7)));
        PolicyResult result = policy.apply(route);
        assertThat(result.decidedBy()).isEqualTo("tagged");
        assertThat(result.route().attributes().hasCommunity(Community.parse("13335:174"))).isTrue();
        assertThat(result.route().attributes().med()).isEqualTo(7);
    }

    @Test
    void defaultAcceptKeepsTheChangesMadeSoFar() {
        Policy policy = Policy.of("p", Verdict.ACCEPT, Rule.modify("prepend", Match.always(), Action.prepend(13335, 2)));
        PolicyResult result = policy.apply(route);
        assertThat(result.decidedBy()).isEqualTo(Policy.DEFAULT_RULE);
        assertThat(result.route().attributes().asPath()).hasToString("[13335 13335 174 64500]");
        assertThat(result.route().source()).isSameAs(route.source());
    }

    @Test
    void defaultReject() {
        Policy policy = Policy.of("p", Verdict.REJECT, Rule.accept("telia", Match.neighbourAsn(1299)));
        assertThat(policy.apply(route).accepted()).isFalse();
        assertThat(policy.apply(route).decidedBy()).isEqualTo(Policy.DEFAULT_RULE);
        assertThat(Policy.REJECT_ALL.apply(route).accepted()).isFalse();
    }

    @Test
    void anUnchangedRouteIsReturnedAsIs() {
        assertThat(Policy.ACCEPT_ALL.apply(route).route()).isSameAs(route);
    }

    @Test
    void theDefaultVerdictCannotBeNext() {
        assertThatThrownBy(() -> new Policy("p", List.of(), Verdict.NEXT)).isInstanceOf(IllegalArgumentException.class);
    }
}
