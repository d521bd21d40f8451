package org.anycastsim.core.forward;

import org.anycastsim.core.net.Prefix;

/**
 * One FIB entry: a prefix and the group of next-hop nodes (node ids) that packets to it are
 * hashed over. A single best path is a group of one. The group is kept across route changes and
 * changed member by member, so that resilient and Maglev hashing move as few flows as they can.
 */
public final class FibEntry {
    private final Prefix prefix;
    private final NextHopGroup group;

    FibEntry(Prefix prefix, HashingScheme scheme) {
        this.prefix = prefix;
        this.group = new NextHopGroup(scheme);
    }

    public Prefix prefix() {
        return prefix;
    }

    public NextHopGroup group() {
        return group;
    }

    /** The next-hop node id for a flow hash, or {@link NextHopGroup#NO_NEXT_HOP}. */
    public int select(int flowHash) {
        return group.select(flowHash);
    }

    @Override
    public String toString() {
        return prefix + " -> " + group;
    }
}
