package org.anycastsim.core.forward;

/**
 * How an ECMP group spreads the flow-hash space over its next hops: the closed family of
 * schemes the simulator compares. They differ in what happens to established flows when the
 * group changes (a server withdraws its route, a new one announces, a weight is adjusted):
 *
 * <ul>
 *   <li>{@link ModuloN}: {@code hash mod N}; almost every flow moves when N changes.</li>
 *   <li>{@link HashThreshold}: RFC 2992 contiguous regions; removing a member moves between about
 *       a quarter and a half of all flows, depending on where its region sits.</li>
 *   <li>{@link ResilientBuckets}: Linux resilient next-hop groups; only the changed member's
 *       buckets move.</li>
 *   <li>{@link Maglev}: Maglev consistent hashing (NSDI 2016, section 3.4); the changed member's
 *       flows plus a small extra fraction move.</li>
 * </ul>
 *
 * <p>Schemes are immutable values; the mapping they build is an immutable {@link HashMapping}.
 */
public sealed interface HashingScheme permits ModuloN, HashThreshold, ResilientBuckets, Maglev {

    /** The mapping for a group that has exactly these members and no history. */
    HashMapping map(NextHopSet nextHops);

    /**
     * The mapping after the group's members changed from {@code previous.nextHops()} to
     * {@code nextHops}. Only history-dependent schemes ({@link ResilientBuckets}) look at
     * {@code previous}; for the others this equals {@link #map(NextHopSet)}.
     */
    default HashMapping remap(HashMapping previous, NextHopSet nextHops) {
        return map(nextHops);
    }
}
