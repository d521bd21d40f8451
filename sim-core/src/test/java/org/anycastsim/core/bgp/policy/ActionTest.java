package org.anycastsim.core.bgp.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anycastsim.core.bgp.AsPath;
import org.anycastsim.core.bgp.Community;
import org.anycastsim.core.bgp.Origin;
import org.anycastsim.core.bgp.PathAttributes;
import org.anycastsim.core.net.Ipv4;
import org.junit.jupiter.api.Test;

class ActionTest {

    private final PathAttributes attributes = PathAttributes.of(AsPath.parse("1299 64500"), Origin.IGP,
            Ipv4.parse("62.115.0.1")).withMed(30).withCommunities(Community.parse("1299:50"));

    @Test
    void setLocalPref() {
        assertThat(Action.setLocalPref(250).apply(attributes).localPref()).isEqualTo(250);
    }

    @Test
    void setAndRemoveMed() {
        assertThat(Action.setMed(5).apply(attributes).med()).isEqualTo(5);
        assertThat(Action.removeMed().apply(attributes).hasMed()).isFalse();
        assertThatThrownBy(() -> Action.setMed(1L << 32)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setWeight() {
        assertThat(Action.setWeight(100).apply(attributes).weight()).isEqualTo(100);
    }

    @Test
    void prependOwnAsNTimes() {
        assertThat(Action.prepend(13335, 3).apply(attributes).asPath())
                .isEqualTo(AsPath.parse("13335 13335 13335 1299 64500"));
        assertThatThrownBy(() -> Action.prepend(13335, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addAndRemoveCommunity() {
        PathAttributes added = Action.addCommunity("no-export").apply(attributes);
        assertThat(added.hasCommunity(Community.NO_EXPORT)).isTrue();
        assertThat(added.hasCommunity(Community.parse("1299:50"))).isTrue();
        PathAttributes removed = Action.removeCommunity("1299:50").apply(added);
        assertThat(removed.communities()).containsExactly(Community.NO_EXPORT);
    }

    @Test
    void actionsLeaveOtherAttributesAlone() {
        PathAttributes changed = Action.setLocalPref(250).apply(attributes);
        assertThat(changed.withLocalPref(100)).isEqualTo(attributes);
    }
}
