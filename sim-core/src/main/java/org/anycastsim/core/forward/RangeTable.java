package org.anycastsim.core.forward;

import java.util.Arrays;

/**
 * Contiguous regions of the hash space, one per member in id order (RFC 2992 hash-threshold).
 * Region {@code i} is {@code [upper[i-1], upper[i])} with {@code upper[-1] = 0} and the last upper
 * bound {@code 2^32}; selection is a binary search over the bounds (O(log N), no allocation).
 */
final class RangeTable implements HashMapping {
    private final HashingScheme scheme;
    private final NextHopSet nextHops;
    private final int[] ids;
    private final long[] upper;

    /** {@code upper} must be strictly increasing and end at 2^32; arrays are not copied. */
    RangeTable(HashingScheme scheme, NextHopSet nextHops, int[] ids, long[] upper) {
        if (ids.length == 0 || ids.length != upper.length || upper[upper.length - 1] != HASH_VALUES) {
            throw new IllegalArgumentException("regions must cover the hash space");
        }
        for (int i = 0; i < upper.length; i++) {
            if (upper[i] <= (i == 0 ? 0 : upper[i - 1])) {
                throw new IllegalArgumentException("empty region " + i);
            }
        }
        this.scheme = scheme;
        this.nextHops = nextHops;
        this.ids = ids;
        this.upper = upper;
    }

    @Override
    public int select(int flowHash) {
        int found = Arrays.binarySearch(upper, flowHash & 0xffff_ffffL);
        // An exact hit on an upper bound is the first value of the next region.
        return ids[found >= 0 ? found + 1 : -found - 1];
    }

    @Override
    public long hashCount(int nextHopId) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == nextHopId && nextHopId != NextHopGroup.NO_NEXT_HOP) {
                return upper[i] - lower(i);
            }
        }
        return 0;
    }

    int regions() {
        return ids.length;
    }

    int regionId(int i) {
        return ids[i];
    }

    long lower(int i) {
        return i == 0 ? 0 : upper[i - 1];
    }

    long upper(int i) {
        return upper[i];
    }

    @Override
    public NextHopSet nextHops() {
        return nextHops;
    }

    @Override
    public HashingScheme scheme() {
        return scheme;
    }

    @Override
    public String toString() {
        return scheme + " " + nextHops + " bounds " + Arrays.toString(upper);
    }
}
