package org.anycastsim.core.forward;

import java.util.Arrays;

/**
 * A slot table selected by {@code hash mod size} (unsigned): one array read per packet. Used for
 * modulo-N (slots = members, replicated by weight), resilient buckets (slots = buckets, as Linux's
 * {@code hash % num_nh_buckets}) and Maglev (slots = the prime-sized lookup table, as the paper's
 * {@code LookupTable[hash % M]}).
 *
 * <p>2^32 is rarely a multiple of the size, so slots are not exactly equal: slot {@code r} receives
 * {@code floor(2^32 / size) + (r < 2^32 mod size ? 1 : 0)} hash values. {@link #hashCount} accounts
 * for this, so shares are exact.
 */
final class ModuloTable implements HashMapping {
    private final HashingScheme scheme;
    private final NextHopSet nextHops;
    private final int[] slots;
    private final long[] memberHashes;

    /** {@code slots} holds member ids or {@link NextHopGroup#NO_NEXT_HOP}; it is not copied. */
    ModuloTable(HashingScheme scheme, NextHopSet nextHops, int[] slots) {
        if (slots.length == 0) {
            throw new IllegalArgumentException("a slot table needs at least one slot");
        }
        this.scheme = scheme;
        this.nextHops = nextHops;
        this.slots = slots;
        this.memberHashes = new long[nextHops.size()];
        for (int r = 0; r < slots.length; r++) {
            int index = nextHops.indexOf(slots[r]);
            if (index >= 0) {
                memberHashes[index] += hashesInSlot(r);
            } else if (slots[r] != NextHopGroup.NO_NEXT_HOP) {
                throw new IllegalArgumentException("slot " + r + " names non-member " + slots[r]);
            }
        }
    }

    @Override
    public int select(int flowHash) {
        return slots[Integer.remainderUnsigned(flowHash, slots.length)];
    }

    @Override
    public long hashCount(int nextHopId) {
        int index = nextHops.indexOf(nextHopId);
        return index >= 0 ? memberHashes[index] : 0;
    }

    /** Number of hash values {@code h} with {@code h mod size == slot}. */
    long hashesInSlot(int slot) {
        long q = HASH_VALUES / slots.length;
        long rem = HASH_VALUES % slots.length;
        return slot < rem ? q + 1 : q;
    }

    int size() {
        return slots.length;
    }

    int slot(int index) {
        return slots[index];
    }

    /** A copy of the slot table (tests and diagnostics). */
    int[] slots() {
        return slots.clone();
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
        return scheme + " " + nextHops + (slots.length <= 16 ? " " + Arrays.toString(slots) : " (" + slots.length + " slots)");
    }
}
