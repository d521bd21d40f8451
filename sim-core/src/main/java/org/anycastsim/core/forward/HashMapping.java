package org.anycastsim.core.forward;

/**
 * An immutable map from the 32-bit flow-hash space to next hops: the forwarding state of one
 * ECMP group at one version. Because it is immutable, a {@link NextHopGroup#snapshot()} costs
 * nothing and stays valid after the group changes; {@link GroupChange#compare} diffs two of them.
 *
 * <p>Two representations cover the four schemes: a slot table indexed by {@code hash mod size}
 * (modulo-N, resilient buckets, Maglev) and contiguous ranges of the hash space (hash-threshold).
 */
public sealed interface HashMapping permits ModuloTable, RangeTable {

    /** Number of distinct flow-hash values, 2^32. */
    long HASH_VALUES = 1L << 32;

    /** The next hop for a flow hash (unsigned), or {@link NextHopGroup#NO_NEXT_HOP} if the group is empty. */
    int select(int flowHash);

    /** How many of the 2^32 hash values map to {@code nextHopId} (0 if not a member). */
    long hashCount(int nextHopId);

    /**
     * The exact fraction of the hash space mapped to {@code nextHopId}; with a uniform hash this is
     * the fraction of flows (and, in the fluid model, of traffic) the next hop receives.
     */
    default double share(int nextHopId) {
        return hashCount(nextHopId) / (double) HASH_VALUES;
    }

    /** The members this mapping was built for. */
    NextHopSet nextHops();

    /** The scheme that built this mapping. */
    HashingScheme scheme();
}
