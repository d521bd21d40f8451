package org.anycastsim.core.bgp;

import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Topology;

/**
 * What carries a session's TCP connection: a directly connected link (eBGP), or the IGP path
 * between two loopbacks of one AS (multi-hop iBGP, e.g. a server's session to its PoP router
 * across the switch). Messages take the path's propagation delay plus the per-hop processing
 * delay; TCP keeps them in order.
 */
final class Transport {
    private final Topology topology;
    private final Igp igp;
    private final Link link;
    private final Node a;
    private final Node b;
    private final long perHopNanos;
    private long cachedVersion = -1;
    private long cachedDelay;
    private boolean cachedAvailable;

    Transport(Topology topology, Igp igp, Link link, Node a, Node b, long perHopNanos) {
        this.topology = topology;
        this.igp = igp;
        this.link = link;
        this.a = a;
        this.b = b;
        this.perHopNanos = perHopNanos;
    }

    /** The link of a directly connected session, or null for multi-hop. */
    Link link() {
        return link;
    }

    boolean isDirect() {
        return link != null;
    }

    /** Whether packets get through now (the link, or an IGP path, and both ends up). */
    boolean available() {
        refresh();
        return cachedAvailable;
    }

    /** One-way delay of a message, in nanoseconds. */
    long delayNanos() {
        refresh();
        return cachedDelay;
    }

    private void refresh() {
        long version = topology.stateVersion();
        if (version == cachedVersion) {
            return;
        }
        cachedVersion = version;
        if (link != null) {
            cachedAvailable = link.isUsable();
            cachedDelay = link.delayNanos() + perHopNanos;
            return;
        }
        cachedAvailable = a.isUp() && b.isUp() && igp.cost(a, b) != Igp.UNREACHABLE;
        long delay = 0;
        if (cachedAvailable) {
            Node cur = a;
            while (cur != b) {
                Link hop = topology.link(igp.firstHop(cur.id(), b.id()));
                delay += hop.delayNanos() + perHopNanos;
                cur = hop.other(cur);
            }
        }
        cachedDelay = delay;
    }
}
