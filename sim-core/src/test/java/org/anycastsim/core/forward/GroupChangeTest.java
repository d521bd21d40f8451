package org.anycastsim.core.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupChangeTest {

    @Test
    void moduloThreeToTwoWorkedByHand() {
        // Before [1,2,3] (mod 3), after [1,2] (mod 2). Over the joint period 6, residues t = 0..5
        // map to (t mod 3, t mod 2): 1->1, 2->2, 3->1, 1->2, 2->1, 3->2. 2^32 = 6 * 715827882 + 4,
        // so residues 0..3 occur 715827883 times and 4, 5 occur 715827882 times.
        HashMapping before = new ModuloN().map(NextHopSet.of(1, 2, 3));
        HashMapping after = new ModuloN().map(NextHopSet.of(1, 2));
        GroupChange change = GroupChange.compare(before, after);
        double big = 715_827_883 / 4294967296.0;
        double small = 715_827_882 / 4294967296.0;
        assertThat(change.fraction(1, 1)).isEqualTo(big);
        assertThat(change.fraction(2, 2)).isEqualTo(big);
        assertThat(change.fraction(3, 1)).isEqualTo(big);
        assertThat(change.fraction(1, 2)).isEqualTo(big);
        assertThat(change.fraction(2, 1)).isEqualTo(small);
        assertThat(change.fraction(3, 2)).isEqualTo(small);
        assertThat(change.movedFraction()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(change.movedFraction(3)).isCloseTo(2.0 / 6, within(1e-9));
        assertThat(change.collateralFraction(3)).isCloseTo(2.0 / 6, within(1e-9));
        assertThat(change.moves()).extracting(GroupChange.Move::from, GroupChange.Move::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 1),
                        org.assertj.core.groups.Tuple.tuple(3, 1), org.assertj.core.groups.Tuple.tuple(3, 2));
        assertThat(change.total()).isEqualTo(1L << 32);
    }

    @Test
    void noChangeMovesNothing() {
        NextHopGroup group = NextHopGroup.of(new Maglev(251), 4, 5, 6);
        GroupChange change = GroupChange.compare(group.snapshot(), group.snapshot());
        assertThat(change.movedFraction()).isZero();
        assertThat(change.moves()).isEmpty();
        assertThat(change.shareBefore(5)).isEqualTo(group.share(5));
    }

    @Test
    void fromAndToAnEmptyGroup() {
        NextHopGroup group = new NextHopGroup(new HashThreshold());
        HashMapping empty = group.snapshot();
        group.add(1);
        group.add(2);
        GroupChange up = GroupChange.compare(empty, group.snapshot());
        assertThat(up.fraction(NextHopGroup.NO_NEXT_HOP, 1)).isEqualTo(0.5);
        assertThat(up.fraction(NextHopGroup.NO_NEXT_HOP, 2)).isEqualTo(0.5);
        GroupChange down = GroupChange.compare(group.snapshot(), new HashThreshold().map(NextHopSet.EMPTY));
        assertThat(down.shareAfter(NextHopGroup.NO_NEXT_HOP)).isEqualTo(1.0);
    }

    @Test
    void sampleCountsConcreteFlowsAndListsTheMovedOnes() {
        NextHopGroup group = NextHopGroup.of(new ModuloN(), 1, 2, 3, 4);
        HashMapping before = group.snapshot();
        group.remove(4);
        List<FlowKey> flows = Flows.random(1_000, 5);
        GroupChange sampled = GroupChange.sample(before, group.snapshot(), flows, Flows.ROUTER_SEED);
        List<FlowKey> moved = GroupChange.movedFlows(before, group.snapshot(), flows, Flows.ROUTER_SEED);
        assertThat(sampled.total()).isEqualTo(1_000);
        assertThat(sampled.movedFraction()).isEqualTo(moved.size() / 1000.0);
        for (FlowKey flow : moved) {
            int h = flow.hash(Flows.ROUTER_SEED);
            assertThat(before.select(h)).isNotEqualTo(group.snapshot().select(h));
        }
        assertThat(sampled.movedFraction()).isCloseTo(3.0 / 4, within(0.06));
    }

    @Test
    void refusesToMixRepresentations() {
        HashMapping slots = new ModuloN().map(NextHopSet.of(1));
        HashMapping regions = new HashThreshold().map(NextHopSet.of(1));
        assertThatThrownBy(() -> GroupChange.compare(slots, regions)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GroupChange.sample(slots, slots, List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparesSlotTablesOfDifferentSchemesWhenThePeriodAllows() {
        // Modulo-N over 8 next hops against Maglev's 65537 slots: period 8 * 65537.
        GroupChange change = GroupChange.compare(new ModuloN().map(NextHopSet.of(0, 1, 2, 3, 4, 5, 6, 7)),
                new Maglev().map(NextHopSet.of(0, 1, 2, 3, 4, 5, 6, 7)));
        // Two unrelated balanced maps agree on about 1/8 of the space.
        assertThat(change.movedFraction()).isCloseTo(7.0 / 8, within(0.01));
    }
}
