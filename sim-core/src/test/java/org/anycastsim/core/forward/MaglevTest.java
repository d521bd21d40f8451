package org.anycastsim.core.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MaglevTest {
    /**
     * The worked example of the Maglev paper (NSDI 2016, section 3.4, Table 1): M = 7, backends
     * B0..B2 with offset/skip 3/4, 0/2, 3/1.
     */
    private final Maglev paper = new Maglev(7, new int[] {3, 0, 3}, new int[] {4, 2, 1});

    private static int[] table(HashMapping mapping) {
        return ((ModuloTable) mapping).slots();
    }

    @Test
    void permutationsOfThePaperExample() {
        assertThat(paper.permutation(0)).containsExactly(3, 0, 4, 1, 5, 2, 6);
        assertThat(paper.permutation(1)).containsExactly(0, 2, 4, 6, 1, 3, 5);
        assertThat(paper.permutation(2)).containsExactly(3, 4, 5, 6, 0, 1, 2);
    }

    @Test
    void lookupTableBeforeRemovalMatchesThePaper() {
        // Round 1: B0 takes 3, B1 takes 0, B2 finds 3 taken and takes 4. Round 2: B0 skips 0 and
        // 4 and takes 1, B1 takes 2, B2 takes 5. Round 3: B0 skips 5 and 2 and takes 6. Full.
        assertThat(table(paper.map(NextHopSet.of(0, 1, 2)))).containsExactly(1, 0, 1, 0, 2, 2, 0);
    }

    @Test
    void lookupTableAfterRemovingB1FollowsPseudocode1() {
        // Pseudocode 1 with B0 and B2: round 1 B0 -> 3, B2 -> 4 (3 taken); round 2 B0 -> 0,
        // B2 -> 5; round 3 B0 -> 1 (4 taken), B2 -> 6; round 4 B0 -> 2 (5 taken). Slot 6 changes
        // owner although B0 is still present: Maglev's small extra disruption.
        //
        // The paper's Table 1 prints "B0 B0 B2 B0 B2 B2 B0" for this case, which Pseudocode 1
        // cannot produce with those permutations in any turn order: B0 reaches slot 6 only after
        // finding slot 2 taken by B2, and B2 reaches slot 2 only after finding slot 6 taken. That
        // row is the ideal minimal-disruption table, not the algorithm's output.
        assertThat(table(paper.map(NextHopSet.of(0, 2)))).containsExactly(0, 0, 0, 0, 2, 2, 2);

        HashMapping before = paper.map(NextHopSet.of(0, 1, 2));
        HashMapping after = paper.map(NextHopSet.of(0, 2));
        GroupChange change = GroupChange.compare(before, after);
        // 2^32 = 7 * 613566756 + 4: slots 0..3 hold 613566757 hash values, slots 4..6 613566756.
        assertThat(change.fraction(1, 0)).isEqualTo(2 * 613_566_757L / (double) (1L << 32)); // slots 0, 2
        assertThat(change.fraction(0, 2)).isEqualTo(613_566_756L / (double) (1L << 32));     // slot 6
        assertThat(change.moves()).hasSize(2);
    }

    @Test
    void weightGivesExtraTurnsPerRound() {
        // B0 weight 2, B2 weight 1: round 1 B0 -> 3, 0; B2 -> 4. Round 2 B0 -> 1 (4 taken), 5;
        // B2 -> 6 (5 taken). Round 3 B0 -> 2. B0 ends with 5 slots of 7.
        HashMapping m = paper.map(NextHopSet.EMPTY.with(0, 2).with(2, 1));
        assertThat(table(m)).containsExactly(0, 0, 0, 0, 2, 0, 2);
        // Scaling every weight changes nothing.
        assertThat(table(paper.map(NextHopSet.EMPTY.with(0, 4).with(2, 2)))).containsExactly(table(m));
    }

    @Test
    void lookupIsTableAtHashModM() {
        HashMapping m = paper.map(NextHopSet.of(0, 1, 2));
        assertThat(m.select(7)).isEqualTo(1);  // slot 0
        assertThat(m.select(11)).isEqualTo(2); // slot 4
        assertThat(m.select(0xffff_ffff)).isEqualTo(0); // 4294967295 mod 7 = 3
    }

    @Test
    void defaultTableGivesEqualMembersFloorOrCeilOfMOverN() {
        HashMapping m = new Maglev().map(NextHopSet.of(11, 22, 33, 44, 55));
        int[] counts = new int[56];
        for (int owner : table(m)) {
            counts[owner]++;
        }
        for (int id : new int[] {11, 22, 33, 44, 55}) {
            assertThat(counts[id]).isBetween(65_537 / 5, 65_537 / 5 + 1);
        }
    }

    @Test
    void permutationsDependOnTheIdNotOnGroupPosition() {
        Maglev maglev = new Maglev(251);
        assertThat(maglev.permutation(42)).isEqualTo(new Maglev(251).permutation(42));
        assertThat(maglev.offset(42)).isBetween(0, 250);
        assertThat(maglev.skip(42)).isBetween(1, 250);
        assertThat(table(maglev.map(NextHopSet.of(5, 42, 7))))
                .isEqualTo(table(maglev.map(NextHopSet.EMPTY.with(42, 1).with(7, 1).with(5, 1))));
    }

    @Test
    void emptyGroupTableHasNoNextHop() {
        assertThat(new Maglev(7).map(NextHopSet.EMPTY).select(3)).isEqualTo(NextHopGroup.NO_NEXT_HOP);
    }

    @Test
    void validatesParameters() {
        assertThatThrownBy(() -> new Maglev(65_536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Maglev(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Maglev(7, new int[] {7}, new int[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Maglev(7, new int[] {0}, new int[] {0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> paper.map(NextHopSet.of(3))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Maglev().tableSize()).isEqualTo(65_537);
        assertThat(new Maglev(251)).isEqualTo(new Maglev(251)).isNotEqualTo(new Maglev(257));
    }
}
