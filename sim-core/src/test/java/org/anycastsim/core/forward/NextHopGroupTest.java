package org.anycastsim.core.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NextHopGroupTest {

    @Test
    void versionCountsChangesOnly() {
        NextHopGroup group = new NextHopGroup(new ResilientBuckets());
        assertThat(group.version()).isZero();
        group.add(1);
        group.add(2, 3);
        assertThat(group.version()).isEqualTo(2);
        group.setWeight(2, 3);              // same weight: no change
        assertThat(group.remove(9)).isFalse(); // not a member: no change
        assertThat(group.version()).isEqualTo(2);
        group.setWeight(2, 1);
        assertThat(group.remove(1)).isTrue();
        assertThat(group.version()).isEqualTo(4);
        assertThat(NextHopGroup.of(new Maglev(), 1, 2).version()).isZero();
    }

    @Test
    void membershipQueries() {
        NextHopGroup group = new NextHopGroup(new HashThreshold(), NextHopSet.EMPTY.with(7, 2).with(3, 1));
        assertThat(group.size()).isEqualTo(2);
        assertThat(group.contains(7)).isTrue();
        assertThat(group.weight(7)).isEqualTo(2);
        assertThat(group.weight(8)).isZero();
        assertThat(group.nextHops().ids()).containsExactly(3, 7);
        assertThat(group.scheme()).isEqualTo(new HashThreshold());
        assertThatThrownBy(() -> group.add(7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> group.setWeight(8, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void snapshotsStayAsTheyWere() {
        NextHopGroup group = NextHopGroup.of(new Maglev(251), 1, 2, 3);
        HashMapping before = group.snapshot();
        group.remove(2);
        assertThat(before.nextHops().ids()).containsExactly(1, 2, 3);
        assertThat(before.share(2)).isGreaterThan(0.3);
        assertThat(group.share(2)).isZero();
        assertThat(group.snapshot()).isNotSameAs(before);
    }

    @Test
    void emptyGroupSelectsNoNextHop() {
        NextHopGroup group = NextHopGroup.of(new ModuloN(), 5);
        group.remove(5);
        assertThat(group.isEmpty()).isTrue();
        assertThat(group.select(42)).isEqualTo(NextHopGroup.NO_NEXT_HOP);
        group.add(6);
        assertThat(group.select(42)).isEqualTo(6);
    }

    @Test
    void weightsShiftLoad() {
        NextHopGroup group = NextHopGroup.of(new ResilientBuckets(), 1, 2, 3, 4);
        group.setWeight(4, 2);
        // Fair shares 4096 * 2/5 = 1638.4 and 819.2 buckets: 1639 and 819 after balancing.
        assertThat(group.share(4)).isEqualTo(1639 / 4096.0);
        assertThat(group.share(1)).isEqualTo(819 / 4096.0);
    }
}
