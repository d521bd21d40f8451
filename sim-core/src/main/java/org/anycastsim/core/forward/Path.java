package org.anycastsim.core.forward;

import java.util.List;
import org.anycastsim.core.net.Node;

/**
 * A packet's path through the current FIBs, hop by hop, with the one-way delay accumulated at
 * each hop. The round-trip time assumes the reply takes the same path back (see
 * MODELLING-ASSUMPTIONS.md).
 */
public record Path(PathOutcome outcome, List<Hop> hops) {
    public Path {
        hops = List.copyOf(hops);
    }

    /** One hop: the node reached and the one-way delay from the source to it, in nanoseconds. */
    public record Hop(Node node, long oneWayNanos) {
        public long rttNanos() {
            return 2 * oneWayNanos;
        }
    }

    /** The last node reached (the answering host when {@link #delivered()}). */
    public Node last() {
        return hops.get(hops.size() - 1).node();
    }

    public boolean delivered() {
        return outcome == PathOutcome.DELIVERED;
    }

    public long oneWayNanos() {
        return hops.get(hops.size() - 1).oneWayNanos();
    }

    public long rttNanos() {
        return 2 * oneWayNanos();
    }

    /** The PoP of the answering host, or null. */
    public String pop() {
        return delivered() ? last().pop() : null;
    }
}
