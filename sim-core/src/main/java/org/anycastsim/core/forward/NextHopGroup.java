package org.anycastsim.core.forward;

/**
 * A mutable ECMP group: the next hops a router currently has for one prefix (in a PoP, the
 * servers announcing a service prefix over iBGP), plus the hashing scheme that spreads flows over
 * them. Control-plane operations ({@link #add}, {@link #remove}, {@link #setWeight}) rebuild an
 * immutable {@link HashMapping}; the per-packet {@link #select(int)} only reads it (one array read
 * for modulo-N, resilient and Maglev; a binary search for hash-threshold; never an allocation).
 *
 * <p>Weights let an operator shift load without withdrawing a server ("the hash mapping table can
 * be adjusted to increase or decrease load to any machine"). Every change bumps {@link #version()};
 * {@link #snapshot()} is free because mappings are immutable, and {@link GroupChange#compare}
 * reports which part of the hash space a change moved.
 *
 * <p>Not thread-safe: the simulator mutates and reads a group from its event loop.
 */
public final class NextHopGroup {
    /** What {@link #select(int)} returns when the group is empty. Never a valid next-hop id. */
    public static final int NO_NEXT_HOP = -1;

    private final HashingScheme scheme;
    private HashMapping mapping;
    private long version;

    /** An empty group. */
    public NextHopGroup(HashingScheme scheme) {
        this(scheme, NextHopSet.EMPTY);
    }

    /** A group created with these members in one step (version 0). */
    public NextHopGroup(HashingScheme scheme, NextHopSet nextHops) {
        this.scheme = scheme;
        this.mapping = scheme.map(nextHops);
    }

    /** A group of equal-weight next hops. */
    public static NextHopGroup of(HashingScheme scheme, int... nextHopIds) {
        return new NextHopGroup(scheme, NextHopSet.of(nextHopIds));
    }

    /** The next hop for a flow hash, or {@link #NO_NEXT_HOP} if the group is empty. */
    public int select(int flowHash) {
        return mapping.select(flowHash);
    }

    /** Exact fraction of the hash space (so of flows, and in the fluid model of traffic) sent to {@code nextHopId}. */
    public double share(int nextHopId) {
        return mapping.share(nextHopId);
    }

    /** Adds a next hop with weight 1. */
    public void add(int nextHopId) {
        add(nextHopId, 1);
    }

    /** Adds a next hop; it must not already be a member (use {@link #setWeight} to change one). */
    public void add(int nextHopId, int weight) {
        if (contains(nextHopId)) {
            throw new IllegalArgumentException("next hop " + nextHopId + " is already in the group");
        }
        apply(nextHops().with(nextHopId, weight));
    }

    /** Removes a next hop; returns false (and changes nothing) if it was not a member. */
    public boolean remove(int nextHopId) {
        if (!contains(nextHopId)) {
            return false;
        }
        apply(nextHops().without(nextHopId));
        return true;
    }

    /** Changes a member's weight; setting the current weight is not a change. */
    public void setWeight(int nextHopId, int weight) {
        if (!contains(nextHopId)) {
            throw new IllegalArgumentException("next hop " + nextHopId + " is not in the group");
        }
        NextHopSet updated = nextHops().with(nextHopId, weight);
        if (updated != nextHops()) {
            apply(updated);
        }
    }

    /**
     * Makes the group exactly {@code target} in one step (as Linux replaces a next-hop group): a
     * resilient or Maglev mapping then moves only what the whole change requires, where a series
     * of single adds and removals could move a kept member's flows in between. Returns whether
     * anything changed.
     */
    public boolean replace(NextHopSet target) {
        if (target.equals(nextHops())) {
            return false;
        }
        apply(target);
        return true;
    }

    private void apply(NextHopSet updated) {
        mapping = scheme.remap(mapping, updated);
        version++;
    }

    public boolean contains(int nextHopId) {
        return nextHops().contains(nextHopId);
    }

    /** The weight of {@code nextHopId}, 0 if it is not a member. */
    public int weight(int nextHopId) {
        return nextHops().weightOf(nextHopId);
    }

    public int size() {
        return nextHops().size();
    }

    public boolean isEmpty() {
        return nextHops().isEmpty();
    }

    public NextHopSet nextHops() {
        return mapping.nextHops();
    }

    public HashingScheme scheme() {
        return scheme;
    }

    /** Number of changes since the group was created. */
    public long version() {
        return version;
    }

    /** The current mapping; immutable, so it stays as it is when the group changes later. */
    public HashMapping snapshot() {
        return mapping;
    }

    @Override
    public String toString() {
        return "NextHopGroup[" + scheme + " v" + version + " " + nextHops() + "]";
    }
}
