package org.anycastsim.core.bgp.policy;

import static org.anycastsim.core.bgp.policy.PolicyRoutes.ebgp;
import static org.anycastsim.core.bgp.policy.PolicyRoutes.local;
import static org.assertj.core.api.Assertions.assertThat;

import org.anycastsim.core.bgp.Community;
import org.anycastsim.core.bgp.Relationship;
import org.anycastsim.core.bgp.Route;
import org.junit.jupiter.api.Test;

class MatchTest {

    private final Route fromTelia = ebgp("198.41.214.0/24", 1299, "62.115.0.1", Relationship.PROVIDER, "1299 3356 64500");

    @Test
    void always() {
        assertThat(Match.always().test(fromTelia)).isTrue();
    }

    @Test
    void prefixIsExact() {
        assertThat(Match.prefix("198.41.214.0/24").test(fromTelia)).isTrue();
        assertThat(Match.prefix("198.41.214.0/23").test(fromTelia)).isFalse();
        assertThat(Match.prefix("198.41.0.0/16").test(fromTelia)).isFalse();
    }

    @Test
    void prefixList() {
        assertThat(Match.prefixList(PrefixList.parse("permit 198.41.128.0/17 le 24")).test(fromTelia)).isTrue();
        assertThat(Match.prefixList(PrefixList.parse("permit 198.41.128.0/17 le 23")).test(fromTelia)).isFalse();
    }

    @Test
    void community() {
        Route tagged = fromTelia.withAttributes(fromTelia.attributes().withCommunityAdded(Community.parse("1299:50")));
        assertThat(Match.community("1299:50").test(tagged)).isTrue();
        assertThat(Match.community("1299:50").test(fromTelia)).isFalse();
        assertThat(Match.community("1299:51").test(tagged)).isFalse();
    }

    @Test
    void asPathContains() {
        assertThat(Match.asPathContains(3356).test(fromTelia)).isTrue();
        assertThat(Match.asPathContains(174).test(fromTelia)).isFalse();
    }

    @Test
    void asPathLengthComparisons() {
        // The path has 3 ASNs.
        assertThat(Match.asPathLength(Comparison.LT, 3).test(fromTelia)).isFalse();
        assertThat(Match.asPathLength(Comparison.LE, 3).test(fromTelia)).isTrue();
        assertThat(Match.asPathLength(Comparison.EQ, 3).test(fromTelia)).isTrue();
        assertThat(Match.asPathLength(Comparison.NE, 3).test(fromTelia)).isFalse();
        assertThat(Match.asPathLength(Comparison.GE, 4).test(fromTelia)).isFalse();
        assertThat(Match.asPathLength(Comparison.GT, 2).test(fromTelia)).isTrue();
        assertThat(Match.asPathLength(Comparison.EQ, 0).test(local("198.41.214.0/24"))).isTrue();
    }

    @Test
    void neighbourAsnAndAddressAreThoseOfTheSourcePeer() {
        assertThat(Match.neighbourAsn(1299).test(fromTelia)).isTrue();
        assertThat(Match.neighbourAsn(3356).test(fromTelia)).isFalse();
        assertThat(Match.neighbourAddress("62.115.0.1").test(fromTelia)).isTrue();
        assertThat(Match.neighbourAddress("62.115.0.2").test(fromTelia)).isFalse();
        assertThat(Match.neighbourAddress("0.0.0.0").test(local("198.41.214.0/24"))).isFalse();
    }

    @Test
    void learnedFromRelationship() {
        assertThat(Match.learnedFrom(Relationship.PROVIDER).test(fromTelia)).isTrue();
        assertThat(Match.learnedFrom(Relationship.CUSTOMER).test(fromTelia)).isFalse();
    }

    @Test
    void allOfAnyOfNot() {
        Match yes = Match.neighbourAsn(1299);
        Match no = Match.neighbourAsn(174);
        assertThat(Match.allOf(yes, yes).test(fromTelia)).isTrue();
        assertThat(Match.allOf(yes, no).test(fromTelia)).isFalse();
        assertThat(Match.allOf().test(fromTelia)).isTrue();
        assertThat(Match.anyOf(no, yes).test(fromTelia)).isTrue();
        assertThat(Match.anyOf(no, no).test(fromTelia)).isFalse();
        assertThat(Match.anyOf().test(fromTelia)).isFalse();
        assertThat(Match.not(no).test(fromTelia)).isTrue();
        assertThat(Match.not(yes).test(fromTelia)).isFalse();
    }

    @Test
    void matchesAreComparableValues() {
        assertThat(Match.allOf(Match.community("65000:1"), Match.not(Match.asPathContains(174))))
                .isEqualTo(Match.allOf(Match.community("65000:1"), Match.not(Match.asPathContains(174))));
        assertThat(Match.community("65000:1")).hasToString("HasCommunity[65000:1]");
    }
}
