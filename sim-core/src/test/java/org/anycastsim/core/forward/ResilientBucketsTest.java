package org.anycastsim.core.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResilientBucketsTest {

    private static int[] table(NextHopGroup group) {
        return ((ModuloTable) group.snapshot()).slots();
    }

    @Test
    void smallTableWorkedByHand() {
        ResilientBuckets scheme = new ResilientBuckets(8);
        NextHopGroup group = NextHopGroup.of(scheme, 1, 2);
        // Fresh fill: each bucket in order goes to whoever is furthest below 4 buckets, ties to
        // the lower id, so the two members alternate.
        assertThat(table(group)).containsExactly(1, 2, 1, 2, 1, 2, 1, 2);

        // Add 3 (fair share 8/3 each). Scaled deviations count*3 - 8: 1:+4, 2:+4, 3:-8.
        // Move 1->3 (now +1, -5), move 2->3 (+1, -2); then 1 - (-2) = 3 is not > 3: stop.
        // Quotas 3, 3, 2: 1 and 2 each give up their lowest bucket (0 and 1) to 3.
        group.add(3);
        assertThat(table(group)).containsExactly(3, 3, 1, 2, 1, 2, 1, 2);

        // Remove 1: its buckets 2, 4, 6 are orphans; shares are now 4 each, 2 holds 3 and 3 holds 2.
        // Water-filling gives the orphans 3, then 2 (tie, lower id), then 3: quotas 4 and 4.
        // In bucket order the most-under member takes each: 2->3, 4->2 (tie), 6->3.
        group.remove(1);
        assertThat(table(group)).containsExactly(3, 3, 3, 2, 2, 2, 3, 2);

        // Weight 3 for member 2: share 6 vs 2. Member 3 gives its lowest two buckets (0, 1).
        group.setWeight(2, 3);
        assertThat(table(group)).containsExactly(2, 2, 3, 2, 2, 2, 3, 2);
        assertThat(group.share(2)).isEqualTo(0.75);
    }

    @Test
    void bucketIndexIsHashModBuckets() {
        NextHopGroup group = NextHopGroup.of(new ResilientBuckets(8), 1, 2);
        assertThat(group.select(8)).isEqualTo(1);   // bucket 0
        assertThat(group.select(13)).isEqualTo(2);  // bucket 5
        assertThat(group.select(0xffff_ffff)).isEqualTo(2); // bucket 7
    }

    @Test
    void removingOneOfEightMovesExactlyItsBuckets() {
        NextHopGroup group = NextHopGroup.of(new ResilientBuckets(), 0, 1, 2, 3, 4, 5, 6, 7);
        int[] before = table(group);
        group.remove(5);
        int[] after = table(group);
        int moved = 0;
        for (int b = 0; b < before.length; b++) {
            if (before[b] != 5) {
                assertThat(after[b]).as("bucket %d", b).isEqualTo(before[b]);
            } else {
                assertThat(after[b]).isNotEqualTo(5);
                moved++;
            }
        }
        assertThat(moved).isEqualTo(ResilientBuckets.DEFAULT_BUCKETS / 8);
    }

    @Test
    void addingTakesBucketsOnlyFromMembersOverQuota() {
        NextHopGroup group = NextHopGroup.of(new ResilientBuckets(), 0, 1, 2, 3, 4, 5, 6);
        int[] before = table(group);
        group.add(7);
        int[] after = table(group);
        for (int b = 0; b < before.length; b++) {
            if (before[b] != after[b]) {
                assertThat(after[b]).isEqualTo(7);
            }
        }
        assertThat(group.share(7)).isEqualTo(0.125);
    }

    @Test
    void historyMattersButAFreshGroupDoesNot() {
        ResilientBuckets scheme = new ResilientBuckets(64);
        NextHopGroup grown = NextHopGroup.of(scheme, 1, 2);
        grown.add(3);
        NextHopGroup fresh = NextHopGroup.of(scheme, 3, 1, 2);
        assertThat(fresh.snapshot().share(3)).isEqualTo(grown.snapshot().share(3));
        assertThat(table(fresh)).isEqualTo(table(NextHopGroup.of(scheme, 2, 3, 1)));
        assertThat(table(fresh)).isNotEqualTo(table(grown));
    }

    @Test
    void validatesBucketCount() {
        assertThatThrownBy(() -> new ResilientBuckets(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResilientBuckets(1 << 16)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ResilientBuckets().buckets()).isEqualTo(4096);
    }
}
