package org.anycastsim.core.bgp.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anycastsim.core.bgp.policy.PrefixList.Entry;
import org.anycastsim.core.net.Prefix;
import org.junit.jupiter.api.Test;

class PrefixListTest {

    private static boolean permits(PrefixList list, String prefix) {
        return list.permits(Prefix.parse(prefix));
    }

    @Test
    void anEntryWithoutGeLeMatchesOnlyThatPrefix() {
        PrefixList list = PrefixList.of(Entry.permit("198.41.128.0/17"));
        assertThat(permits(list, "198.41.128.0/17")).isTrue();
        assertThat(permits(list, "198.41.214.0/24")).isFalse();
        assertThat(permits(list, "198.41.0.0/16")).isFalse();
    }

    @Test
    void geAndLeBoundTheLengthOfMoreSpecifics() {
        PrefixList list = PrefixList.of(Entry.permit("198.41.128.0/17", 20, 24));
        assertThat(permits(list, "198.41.214.0/24")).isTrue();
        assertThat(permits(list, "198.41.208.0/20")).isTrue();
        assertThat(permits(list, "198.41.128.0/17")).isFalse();
        assertThat(permits(list, "198.41.214.128/25")).isFalse();
        assertThat(permits(list, "104.16.0.0/24")).isFalse();
    }

    @Test
    void parsesCiscoDefaultsForGeAndLe() {
        assertThat(Entry.parse("permit 10.0.0.0/8 le 24")).isEqualTo(Entry.permit("10.0.0.0/8", 8, 24));
        assertThat(Entry.parse("permit 10.0.0.0/8 ge 16")).isEqualTo(Entry.permit("10.0.0.0/8", 16, 32));
        assertThat(Entry.parse("deny 10.0.0.0/8 ge 16 le 24")).isEqualTo(Entry.deny("10.0.0.0/8", 16, 24));
        assertThat(Entry.parse("deny 10.0.0.0/8")).isEqualTo(Entry.deny("10.0.0.0/8"));
        assertThat(Entry.parse("permit 10.0.0.0/8 le 24")).hasToString("permit 10.0.0.0/8 ge 8 le 24");
        assertThat(Entry.deny("10.0.0.0/8")).hasToString("deny 10.0.0.0/8");
    }

    @Test
    void theFirstCoveringEntryDecidesAndTheRestIsDenied() {
        PrefixList list = PrefixList.parse("deny 10.66.0.0/16 le 32", "permit 10.0.0.0/8 le 24");
        assertThat(permits(list, "10.66.1.0/24")).isFalse();
        assertThat(permits(list, "10.67.1.0/24")).isTrue();
        assertThat(permits(list, "192.0.2.0/24")).isFalse();
        assertThat(permits(PrefixList.of(), "192.0.2.0/24")).isFalse();
    }

    @Test
    void rejectsImpossibleRanges() {
        assertThatThrownBy(() -> Entry.permit("10.0.0.0/16", 8, 24)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Entry.permit("10.0.0.0/16", 24, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Entry.permit("10.0.0.0/16", 16, 33)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Entry.parse("allow 10.0.0.0/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Entry.parse("permit 10.0.0.0/8 eq 9")).isInstanceOf(IllegalArgumentException.class);
    }
}
