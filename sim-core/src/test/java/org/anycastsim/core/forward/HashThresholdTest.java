package org.anycastsim.core.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HashThresholdTest {
    private final HashThreshold scheme = new HashThreshold();

    @Test
    void fourEqualMembersSplitTheSpaceIntoQuarters() {
        HashMapping m = scheme.map(NextHopSet.of(4, 3, 2, 1));
        assertThat(m.select(0)).isEqualTo(1);
        assertThat(m.select(0x3fff_ffff)).isEqualTo(1);
        assertThat(m.select(0x4000_0000)).isEqualTo(2);
        assertThat(m.select(0x7fff_ffff)).isEqualTo(2);
        assertThat(m.select(0x8000_0000)).isEqualTo(3);
        assertThat(m.select(0xbfff_ffff)).isEqualTo(3);
        assertThat(m.select(0xc000_0000)).isEqualTo(4);
        assertThat(m.select(0xffff_ffff)).isEqualTo(4);
        assertThat(m.hashCount(3)).isEqualTo(1L << 30);
    }

    @Test
    void regionsAreProportionalToWeight() {
        // Weights 1 and 3: member 1 owns [0, 2^30), member 2 owns [2^30, 2^32).
        HashMapping m = scheme.map(NextHopSet.EMPTY.with(1, 1).with(2, 3));
        assertThat(m.select(0x3fff_ffff)).isEqualTo(1);
        assertThat(m.select(0x4000_0000)).isEqualTo(2);
        assertThat(m.share(2)).isEqualTo(0.75);
    }

    @Test
    void threeMembersUseFloorBoundaries() {
        // Upper bounds floor(2^32 / 3) = 1431655765 and floor(2^33 / 3) = 2863311530.
        HashMapping m = scheme.map(NextHopSet.of(7, 8, 9));
        assertThat(m.select(1_431_655_764)).isEqualTo(7);
        assertThat(m.select(1_431_655_765)).isEqualTo(8);
        assertThat(m.select((int) 2_863_311_529L)).isEqualTo(8);
        assertThat(m.select((int) 2_863_311_530L)).isEqualTo(9);
        assertThat(m.hashCount(7) + m.hashCount(8) + m.hashCount(9)).isEqualTo(1L << 32);
    }

    @Test
    void rfc2992FigureRemovingTheMiddleOfFiveNextHops() {
        // RFC 2992's picture: regions 1..5 become 1,2,4,5. Region 2 cedes [1/5,1/4) to 1, region 3
        // splits [2/5,1/2) to 2 and [1/2,3/5) to 4, region 4 cedes [3/4,4/5) to 5: 3/10 moves.
        HashMapping before = scheme.map(NextHopSet.of(1, 2, 3, 4, 5));
        HashMapping after = scheme.map(NextHopSet.of(1, 2, 4, 5));
        GroupChange change = GroupChange.compare(before, after);
        assertThat(change.fraction(2, 1)).isCloseTo(1.0 / 20, within(1e-9));
        assertThat(change.fraction(3, 2)).isCloseTo(1.0 / 10, within(1e-9));
        assertThat(change.fraction(3, 4)).isCloseTo(1.0 / 10, within(1e-9));
        assertThat(change.fraction(4, 5)).isCloseTo(1.0 / 20, within(1e-9));
        assertThat(change.moves()).hasSize(4);
        assertThat(change.movedFraction()).isCloseTo(0.3, within(1e-9));
    }

    @Test
    void emptyGroupHasNoNextHop() {
        assertThat(scheme.map(NextHopSet.EMPTY).select(0)).isEqualTo(NextHopGroup.NO_NEXT_HOP);
    }
}
