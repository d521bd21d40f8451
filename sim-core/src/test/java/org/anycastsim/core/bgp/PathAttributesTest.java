package org.anycastsim.core.bgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anycastsim.core.net.Ipv4;
import org.junit.jupiter.api.Test;

class PathAttributesTest {

    private static final PathAttributes BASE =
            PathAttributes.of(AsPath.parse("1299 13335"), Origin.IGP, Ipv4.parse("10.0.0.1"));

    @Test
    void defaultsAreLocalPref100NoMedWeightZero() {
        assertThat(BASE.localPref()).isEqualTo(100);
        assertThat(BASE.hasMed()).isFalse();
        assertThat(BASE.med()).isEqualTo(PathAttributes.MED_MISSING);
        assertThat(BASE.weight()).isZero();
        assertThat(BASE.communityCount()).isZero();
        assertThat(BASE.hasOriginatorId()).isFalse();
        assertThat(BASE.clusterListLength()).isZero();
    }

    @Test
    void medZeroIsDistinctFromMissing() {
        PathAttributes zero = BASE.withMed(0);
        assertThat(zero.hasMed()).isTrue();
        assertThat(zero).isNotEqualTo(BASE);
        assertThat(zero.withoutMed()).isEqualTo(BASE);
        assertThat(BASE.withMed(PathAttributes.MED_MAX).med()).isEqualTo(4294967295L);
        assertThatThrownBy(() -> BASE.withMed(1L << 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BASE.withMed(-2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withersChangeOneFieldAndShareWhenUnchanged() {
        PathAttributes changed = BASE.withLocalPref(200).withWeight(7).withOrigin(Origin.EGP)
                .withNextHop(Ipv4.parse("10.0.0.2")).prependedBy(13335, 2);
        assertThat(changed.localPref()).isEqualTo(200);
        assertThat(changed.weight()).isEqualTo(7);
        assertThat(changed.origin()).isEqualTo(Origin.EGP);
        assertThat(changed.nextHop()).isEqualTo(Ipv4.parse("10.0.0.2"));
        assertThat(changed.asPath()).hasToString("[13335 13335 1299 13335]");
        assertThat(BASE.localPref()).isEqualTo(100);
        assertThat(BASE.withLocalPref(100)).isSameAs(BASE);
        assertThat(BASE.withMed(PathAttributes.MED_MISSING)).isSameAs(BASE);
        assertThat(BASE.prependedBy(13335, 0)).isSameAs(BASE);
    }

    @Test
    void communitiesAreASortedSet() {
        int a = Community.parse("65000:20");
        int b = Community.parse("65000:10");
        PathAttributes tagged = BASE.withCommunityAdded(a).withCommunityAdded(b).withCommunityAdded(a);
        assertThat(tagged.communities()).containsExactly(b, a);
        assertThat(tagged.hasCommunity(a)).isTrue();
        assertThat(tagged).isEqualTo(BASE.withCommunities(a, b));
        assertThat(tagged.withCommunityRemoved(a).withCommunityRemoved(b)).isEqualTo(BASE);
        assertThat(tagged.withCommunityRemoved(Community.NO_EXPORT)).isSameAs(tagged);
    }

    @Test
    void reflectionAttributes() {
        int rr1 = Ipv4.parse("1.1.1.1");
        int rr2 = Ipv4.parse("2.2.2.2");
        PathAttributes reflected = BASE.withOriginatorId(Ipv4.parse("9.9.9.9"))
                .withClusterIdPrepended(rr1).withClusterIdPrepended(rr2);
        assertThat(reflected.originatorId()).isEqualTo(Ipv4.parse("9.9.9.9"));
        assertThat(reflected.clusterList()).containsExactly(rr2, rr1);
        assertThat(reflected.clusterListContains(rr1)).isTrue();
        assertThat(reflected.clusterListLength()).isEqualTo(2);
        assertThat(reflected).isEqualTo(BASE.withOriginatorId(Ipv4.parse("9.9.9.9")).withClusterList(rr2, rr1));
    }

    @Test
    void accessorsReturnCopies() {
        PathAttributes tagged = BASE.withCommunities(Community.NO_EXPORT).withClusterList(5);
        tagged.communities()[0] = 1;
        tagged.clusterList()[0] = 1;
        assertThat(tagged.hasCommunity(Community.NO_EXPORT)).isTrue();
        assertThat(tagged.clusterListContains(5)).isTrue();
    }

    @Test
    void equalAttributesInternToOneInstance() {
        PathAttributes a = BASE.withMed(10).withCommunityAdded(Community.NO_EXPORT);
        PathAttributes b = PathAttributes.of(AsPath.parse("1299 13335"), Origin.IGP, Ipv4.parse("10.0.0.1"))
                .withCommunityAdded(Community.NO_EXPORT).withMed(10);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.intern()).isSameAs(b.intern());
        assertThat(a.intern().asPath()).isSameAs(AsPath.parse("1299 13335").intern());
    }

    @Test
    void toStringShowsPresentAttributes() {
        assertThat(BASE.withMed(10).withCommunityAdded(Community.parse("65000:100")))
                .hasToString("path [1299 13335] origin i nh 10.0.0.1 lp 100 med 10 comm [65000:100]");
    }
}
