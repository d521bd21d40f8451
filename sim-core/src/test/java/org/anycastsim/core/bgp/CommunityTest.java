package org.anycastsim.core.bgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommunityTest {

    @Test
    void parsesAndFormatsAsnColonValue() {
        int c = Community.parse("65000:100");
        assertThat(c).isEqualTo((65000 << 16) | 100);
        assertThat(Community.asn(c)).isEqualTo(65000);
        assertThat(Community.value(c)).isEqualTo(100);
        assertThat(Community.format(c)).isEqualTo("65000:100");
        assertThat(Community.of(13335, 65535)).isEqualTo(Community.parse("13335:65535"));
    }

    @Test
    void wellKnownCommunitiesHaveRfc1997ValuesAndNames() {
        assertThat(Community.NO_EXPORT).isEqualTo(Community.parse("65535:65281"));
        assertThat(Community.NO_ADVERTISE).isEqualTo(Community.parse("65535:65282"));
        assertThat(Community.parse("no-export")).isEqualTo(Community.NO_EXPORT);
        assertThat(Community.format(Community.NO_ADVERTISE)).isEqualTo("no-advertise");
    }

    @Test
    void rejectsMalformedText() {
        assertThatThrownBy(() -> Community.parse("65536:1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Community.parse("100")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Community.parse("a:b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setsAreSortedUnsignedAndDeduplicated() {
        int[] set = Community.normalize(Community.NO_EXPORT, Community.parse("65000:2"), Community.parse("65000:1"),
                Community.parse("65000:2"));
        assertThat(Community.formatAll(set)).isEqualTo("[65000:1 65000:2 no-export]");
        assertThat(Community.contains(set, Community.NO_EXPORT)).isTrue();
        assertThat(Community.contains(set, Community.NO_ADVERTISE)).isFalse();
    }

    @Test
    void withAndWithoutKeepOrderAndShareWhenUnchanged() {
        int[] set = Community.normalize(Community.parse("65000:1"), Community.NO_EXPORT);
        int[] added = Community.with(set, Community.parse("65000:5"));
        assertThat(Community.formatAll(added)).isEqualTo("[65000:1 65000:5 no-export]");
        assertThat(Community.with(added, Community.parse("65000:5"))).isSameAs(added);
        assertThat(Community.formatAll(Community.without(added, Community.parse("65000:1"))))
                .isEqualTo("[65000:5 no-export]");
        assertThat(Community.without(added, Community.parse("1:1"))).isSameAs(added);
    }

    @Test
    void wellKnownCommunitiesBlockAdvertisementPerRfc1997() {
        int[] noExport = Community.normalize(Community.NO_EXPORT);
        int[] noAdvertise = Community.normalize(Community.NO_ADVERTISE);
        assertThat(Community.blocksAdvertisement(noExport, true)).isTrue();
        assertThat(Community.blocksAdvertisement(noExport, false)).isFalse();
        assertThat(Community.blocksAdvertisement(noAdvertise, false)).isTrue();
        assertThat(Community.blocksAdvertisement(new int[0], true)).isFalse();
    }
}
