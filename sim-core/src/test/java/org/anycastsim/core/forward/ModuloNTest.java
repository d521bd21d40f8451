package org.anycastsim.core.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ModuloNTest {
    private final ModuloN scheme = new ModuloN();

    @Test
    void selectsMemberAtHashModNInIdOrder() {
        HashMapping m = scheme.map(NextHopSet.of(30, 10, 20)); // canonical order 10, 20, 30
        assertThat(m.select(0)).isEqualTo(10);
        assertThat(m.select(4)).isEqualTo(20); // 4 mod 3 = 1
        assertThat(m.select(5)).isEqualTo(30);
        // The hash is unsigned: 0xffffffff = 4294967295 = 3 * 1431655765, so residue 0.
        assertThat(m.select(0xffff_ffff)).isEqualTo(10);
        assertThat(m.select(0x8000_0000)).isEqualTo(30); // 2147483648 mod 3 = 2
    }

    @Test
    void sharesAreExactCountsOfResidues() {
        HashMapping m = scheme.map(NextHopSet.of(10, 20, 30));
        // 2^32 = 3 * 1431655765 + 1: residue 0 gets one extra hash value.
        assertThat(m.hashCount(10)).isEqualTo(1_431_655_766L);
        assertThat(m.hashCount(20)).isEqualTo(1_431_655_765L);
        assertThat(m.hashCount(30)).isEqualTo(1_431_655_765L);
        assertThat(m.hashCount(40)).isZero();
        assertThat(m.share(10) + m.share(20) + m.share(30)).isEqualTo(1.0);
    }

    @Test
    void weightsReplicateEntriesAfterDividingByTheirGcd() {
        // Weights 2:4 reduce to 1:2, a table [1, 2, 2] of modulus 3.
        HashMapping m = scheme.map(NextHopSet.EMPTY.with(1, 2).with(2, 4));
        assertThat(((ModuloTable) m).slots()).containsExactly(1, 2, 2);
        assertThat(m.share(2)).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(m.select(2)).isEqualTo(2);
        assertThat(m.select(3)).isEqualTo(1);
    }

    @Test
    void emptyGroupHasNoNextHop() {
        assertThat(scheme.map(NextHopSet.EMPTY).select(12345)).isEqualTo(NextHopGroup.NO_NEXT_HOP);
    }

    @Test
    void refusesHugeTables() {
        NextHopSet set = NextHopSet.EMPTY;
        for (int id = 0; id < 20; id++) {
            set = set.with(id, id % 2 == 0 ? NextHopSet.MAX_WEIGHT : NextHopSet.MAX_WEIGHT - 1);
        }
        NextHopSet big = set;
        assertThatThrownBy(() -> scheme.map(big)).isInstanceOf(IllegalArgumentException.class);
    }
}
