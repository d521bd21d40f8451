package org.anycastsim.core.forward;

/**
 * Next hop = {@code hash mod N} (unsigned), the naive ECMP baseline. Members are taken in
 * ascending id order (the canonical order, so insertion order never matters). Weights are
 * implemented as weighted-cost multipath tables in switches do it: a member of weight {@code w}
 * occupies {@code w} consecutive entries, after dividing all weights by their gcd, so the modulus
 * is the reduced total weight (N for equal weights).
 *
 * <p>Removing one of N equal members changes the modulus, and a flow keeps its next hop only if
 * {@code h mod N} and {@code h mod (N-1)} happen to name the same member: (N-1)/N of all flows move
 * whichever member left.
 */
public record ModuloN() implements HashingScheme {
    /** Largest modulus accepted (reduced total weight), to keep tables and exact diffs small. */
    public static final int MAX_TABLE = 1 << 20;

    @Override
    public HashMapping map(NextHopSet nextHops) {
        if (nextHops.isEmpty()) {
            return new ModuloTable(this, nextHops, new int[] {NextHopGroup.NO_NEXT_HOP});
        }
        int gcd = nextHops.weightGcd();
        long size = nextHops.totalWeight() / gcd;
        if (size > MAX_TABLE) {
            throw new IllegalArgumentException("modulo-N table of " + size + " entries exceeds " + MAX_TABLE
                    + "; use smaller or more divisible weights");
        }
        int[] slots = new int[(int) size];
        int at = 0;
        for (int i = 0; i < nextHops.size(); i++) {
            for (int k = nextHops.weight(i) / gcd; k > 0; k--) {
                slots[at++] = nextHops.id(i);
            }
        }
        return new ModuloTable(this, nextHops, slots);
    }

    @Override
    public String toString() {
        return "modulo-N";
    }
}
