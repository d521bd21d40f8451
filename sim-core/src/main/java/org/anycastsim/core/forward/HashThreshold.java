package org.anycastsim.core.forward;

/**
 * RFC 2992 hash-threshold, the default multipath algorithm of Linux and most routers: the
 * 32-bit hash space is cut into contiguous regions, one per member in ascending id order, each
 * sized in proportion to the member's weight; the next hop is the member whose region contains
 * the hash. Region {@code i} ends at {@code floor(2^32 * C_i / W)}, where {@code C_i} is the
 * cumulative weight of members {@code 0..i} and {@code W} the total.
 *
 * <p>When a member leaves, every region is recomputed and boundaries shift towards the gap
 * (RFC 2992 section 4 analyses this disruption). Removing an end region of N equal ones moves
 * exactly 1/2 of all flows; removing a middle one moves the least, tending to 1/4 for large N.
 * For 8 equal members the exact figures are 2/7 (4th or 5th member) to 1/2 (1st or 8th), counting
 * the removed member's own 1/8.
 */
public record HashThreshold() implements HashingScheme {

    @Override
    public HashMapping map(NextHopSet nextHops) {
        if (nextHops.isEmpty()) {
            return new RangeTable(this, nextHops, new int[] {NextHopGroup.NO_NEXT_HOP},
                    new long[] {HashMapping.HASH_VALUES});
        }
        int n = nextHops.size();
        int[] ids = new int[n];
        long[] upper = new long[n];
        long total = nextHops.totalWeight();
        long cumulative = 0;
        for (int i = 0; i < n; i++) {
            ids[i] = nextHops.id(i);
            cumulative += nextHops.weight(i);
            // cumulative < 2^31, so the shifted value fits in a long.
            upper[i] = (cumulative << 32) / total;
        }
        return new RangeTable(this, nextHops, ids, upper);
    }

    @Override
    public String toString() {
        return "hash-threshold";
    }
}
