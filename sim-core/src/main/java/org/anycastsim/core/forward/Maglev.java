package org.anycastsim.core.forward;

import java.util.Arrays;

/**
 * Maglev consistent hashing (Eisenbud et al., "Maglev: A Fast and Reliable Software Network Load
 * Balancer", NSDI 2016, section 3.4). Each next hop has a preference list over the {@code M} slots
 * of a lookup table, the permutation {@code permutation[j] = (offset + j * skip) mod M} with
 * {@code offset = h1(name) mod M} and {@code skip = h2(name) mod (M - 1) + 1}; because {@code M} is
 * prime every skip is coprime with it, so each list visits every slot. The table is populated as
 * in the paper's Pseudocode 1: next hops take turns round-robin, each claiming its most preferred
 * slot that is still empty, until all {@code M} slots are filled. A flow uses
 * {@code table[hash mod M]}.
 *
 * <p><b>Name.</b> The paper hashes the backend's name; here the name is the next hop's id, so a
 * next hop keeps its preferences whatever else is in the group and whatever order members were
 * added in. {@code h1} and {@code h2} are {@link FlowHash#hashId} with two fixed seeds.
 *
 * <p><b>Changes.</b> On every change the table is rebuilt from the permutations, exactly as the
 * paper does. Slots of a removed next hop go to others; because everyone else claims slots in the
 * same preference order, almost all other slots keep their owner. The paper's evaluation finds
 * this extra disruption small; the tests bound it for 8 next hops.
 *
 * <p><b>Weights.</b> A next hop of weight {@code w} takes {@code w} consecutive turns per round
 * (after dividing all weights by their gcd, so scaling every weight is no change). With equal
 * weights this is Pseudocode 1 exactly, and every next hop ends with {@code floor(M/N)} or
 * {@code ceil(M/N)} slots. Shares follow weights up to the last, partial round.
 *
 * <p><b>Size.</b> {@code M} must be prime; the paper uses 65537 in its evaluation and advises
 * {@code M} much larger than the number of backends (at most 1 % imbalance needs {@code M > 100 N}).
 */
public final class Maglev implements HashingScheme {
    public static final int DEFAULT_TABLE_SIZE = 65_537;
    /** Largest table accepted; the paper's large table is 655,373. */
    public static final int MAX_TABLE_SIZE = 1 << 24;

    private static final int OFFSET_SEED = 0x4d61676c;
    private static final int SKIP_SEED = 0x65765f32;

    private final int tableSize;
    private final int[] explicitOffsets;
    private final int[] explicitSkips;

    public Maglev() {
        this(DEFAULT_TABLE_SIZE);
    }

    /** A Maglev scheme with a prime lookup-table size {@code tableSize}. */
    public Maglev(int tableSize) {
        this(tableSize, null, null);
    }

    /**
     * Test hook: next hop {@code id} uses {@code offsets[id]} and {@code skips[id]} instead of
     * hashed ones, so the paper's worked example (Table 1) can be reproduced.
     */
    Maglev(int tableSize, int[] offsets, int[] skips) {
        if (tableSize < 2 || tableSize > MAX_TABLE_SIZE || !isPrime(tableSize)) {
            throw new IllegalArgumentException("Maglev table size must be a prime <= " + MAX_TABLE_SIZE + ": " + tableSize);
        }
        if ((offsets == null) != (skips == null) || (offsets != null && offsets.length != skips.length)) {
            throw new IllegalArgumentException("offsets and skips must be given together, one per id");
        }
        if (offsets != null) {
            for (int i = 0; i < offsets.length; i++) {
                if (offsets[i] < 0 || offsets[i] >= tableSize || skips[i] < 1 || skips[i] >= tableSize) {
                    throw new IllegalArgumentException("need 0 <= offset < M and 1 <= skip < M for id " + i);
                }
            }
        }
        this.tableSize = tableSize;
        this.explicitOffsets = offsets == null ? null : offsets.clone();
        this.explicitSkips = skips == null ? null : skips.clone();
    }

    public int tableSize() {
        return tableSize;
    }

    @Override
    public HashMapping map(NextHopSet nextHops) {
        int m = tableSize;
        int[] table = new int[m];
        Arrays.fill(table, NextHopGroup.NO_NEXT_HOP);
        int n = nextHops.size();
        if (n == 0) {
            return new ModuloTable(this, nextHops, table);
        }
        int gcd = nextHops.weightGcd();
        int[] position = new int[n];
        int[] skip = new int[n];
        int[] turns = new int[n];
        for (int i = 0; i < n; i++) {
            position[i] = offset(nextHops.id(i));
            skip[i] = skip(nextHops.id(i));
            turns[i] = nextHops.weight(i) / gcd;
        }
        int filled = 0;
        while (true) {
            for (int i = 0; i < n; i++) {
                int id = nextHops.id(i);
                for (int t = turns[i]; t > 0; t--) {
                    // position[i] is permutation[i][next[i]]; walk past taken slots.
                    int c = position[i];
                    while (table[c] != NextHopGroup.NO_NEXT_HOP) {
                        c = advance(c, skip[i], m);
                    }
                    table[c] = id;
                    position[i] = advance(c, skip[i], m);
                    if (++filled == m) {
                        return new ModuloTable(this, nextHops, table);
                    }
                }
            }
        }
    }

    /** {@code offset = h1(id) mod M}. */
    int offset(int id) {
        if (explicitOffsets != null) {
            return explicitOffsets[explicitIndex(id)];
        }
        return Integer.remainderUnsigned(FlowHash.hashId(id, OFFSET_SEED), tableSize);
    }

    /** {@code skip = h2(id) mod (M - 1) + 1}. */
    int skip(int id) {
        if (explicitSkips != null) {
            return explicitSkips[explicitIndex(id)];
        }
        return Integer.remainderUnsigned(FlowHash.hashId(id, SKIP_SEED), tableSize - 1) + 1;
    }

    /** The preference list of next hop {@code id}: {@code permutation[j] = (offset + j * skip) mod M}. */
    int[] permutation(int id) {
        int[] permutation = new int[tableSize];
        int c = offset(id);
        int s = skip(id);
        for (int j = 0; j < tableSize; j++) {
            permutation[j] = c;
            c = advance(c, s, tableSize);
        }
        return permutation;
    }

    private int explicitIndex(int id) {
        if (id >= explicitOffsets.length) {
            throw new IllegalArgumentException("no explicit offset/skip for next hop " + id);
        }
        return id;
    }

    private static int advance(int slot, int skip, int m) {
        int next = slot + skip; // both < m <= 2^24: no overflow
        return next >= m ? next - m : next;
    }

    private static boolean isPrime(int n) {
        for (int d = 2; (long) d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return n >= 2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Maglev other && tableSize == other.tableSize
                && Arrays.equals(explicitOffsets, other.explicitOffsets)
                && Arrays.equals(explicitSkips, other.explicitSkips);
    }

    @Override
    public int hashCode() {
        return 31 * tableSize + Arrays.hashCode(explicitOffsets) + Arrays.hashCode(explicitSkips);
    }

    @Override
    public String toString() {
        return "maglev(" + tableSize + ")";
    }
}
