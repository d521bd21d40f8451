package org.anycastsim.core.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NextHopSetTest {

    @Test
    void keepsMembersSortedByIdWhateverTheInsertionOrder() {
        NextHopSet set = NextHopSet.EMPTY.with(30, 1).with(10, 2).with(20, 3);
        assertThat(set.ids()).containsExactly(10, 20, 30);
        assertThat(set.weight(0)).isEqualTo(2);
        assertThat(set.totalWeight()).isEqualTo(6);
        assertThat(set).isEqualTo(NextHopSet.EMPTY.with(20, 3).with(30, 1).with(10, 2));
        assertThat(set).hasToString("{10:2, 20:3, 30:1}");
    }

    @Test
    void withReplacesWeightAndWithoutRemoves() {
        NextHopSet set = NextHopSet.of(1, 2, 3);
        assertThat(set.with(2, 5).weightOf(2)).isEqualTo(5);
        assertThat(set.with(2, 5).totalWeight()).isEqualTo(7);
        assertThat(set.with(2, 1)).isSameAs(set);
        assertThat(set.without(2).ids()).containsExactly(1, 3);
        assertThat(set.without(9)).isSameAs(set);
        assertThat(set.weightOf(9)).isZero();
        assertThat(set.indexOf(3)).isEqualTo(2);
        assertThat(set.indexOf(4)).isNegative();
    }

    @Test
    void rejectsBadIdsAndWeights() {
        assertThatThrownBy(() -> NextHopSet.EMPTY.with(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NextHopSet.EMPTY.with(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NextHopSet.EMPTY.with(1, NextHopSet.MAX_WEIGHT + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NextHopSet.of(1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weightGcd() {
        assertThat(NextHopSet.EMPTY.with(1, 4).with(2, 6).weightGcd()).isEqualTo(2);
        assertThat(NextHopSet.EMPTY.weightGcd()).isEqualTo(1);
    }
}
