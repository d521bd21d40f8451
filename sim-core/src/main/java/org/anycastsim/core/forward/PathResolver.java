package org.anycastsim.core.forward;

import java.util.ArrayList;
import java.util.List;
import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.NodeKind;
import org.anycastsim.core.net.Topology;

/**
 * Walks a packet through the current FIBs: at every routing node the FIB picks a next-hop node
 * (hashing the 5-tuple over the ECMP group with that router's seed); the packet then follows the
 * direct link to it, or the IGP's shortest path when the next hop is further away inside the AS
 * (an iBGP next hop, or a server behind a switch). It arrives when it reaches a server, or a
 * router whose FIB points at itself (a router that originates the prefix).
 *
 * <p>{@link #resolve} builds a {@link Path} for traceroute; {@link #trace} is the allocation-free
 * form for the traffic hot path and fills a reusable {@link Walk}.
 */
public final class PathResolver {
    /** Like an IP TTL: a walk longer than this is a forwarding loop. */
    public static final int MAX_HOPS = 64;

    private final Topology topology;
    private final Igp igp;
    private final Forwarding forwarding;
    private final long perHopNanos;

    public PathResolver(Topology topology, Igp igp, Forwarding forwarding, long perHopNanos) {
        this.topology = topology;
        this.igp = igp;
        this.forwarding = forwarding;
        this.perHopNanos = perHopNanos;
    }

    /** The result of one walk, reused across calls to avoid allocation. */
    public static final class Walk {
        PathOutcome outcome;
        int destination = -1;
        int hops;
        long oneWayNanos;
        int popRouter = -1;

        public PathOutcome outcome() {
            return outcome;
        }

        /** The node id of the answering server, or -1. */
        public int destination() {
            return destination;
        }

        public int hops() {
            return hops;
        }

        public long oneWayNanos() {
            return oneWayNanos;
        }

        /** The last routing node before the server (the PoP router that hashed the flow), or -1. */
        public int lastRouter() {
            return popRouter;
        }
    }

    /** The hop-by-hop path of a flow from {@code source}, for traceroute. */
    public Path resolve(Node source, int srcIp, int dstIp, int srcPort, int dstPort, int protocol) {
        List<Path.Hop> hops = new ArrayList<>();
        PathOutcome outcome = walk(source.id(), srcIp, dstIp, srcPort, dstPort, protocol, null, hops);
        return new Path(outcome, hops);
    }

    /** The same walk without building the hop list. */
    public Walk trace(int sourceId, int srcIp, int dstIp, int srcPort, int dstPort, int protocol, Walk into) {
        walk(sourceId, srcIp, dstIp, srcPort, dstPort, protocol, into, null);
        return into;
    }

    private PathOutcome walk(int sourceId, int srcIp, int dstIp, int srcPort, int dstPort, int protocol,
            Walk out, List<Path.Hop> hops) {
        Node cur = topology.node(sourceId);
        long delay = 0;
        int target = -1;
        int lastRouter = -1;
        int steps = 0;
        PathOutcome outcome;
        if (hops != null) {
            hops.add(new Path.Hop(cur, 0));
        }
        while (true) {
            if (!cur.isUp()) {
                outcome = PathOutcome.UNREACHABLE;
                break;
            }
            if (cur.kind() == NodeKind.SERVER && steps > 0) {
                outcome = PathOutcome.DELIVERED;
                break;
            }
            if (steps >= MAX_HOPS) {
                outcome = PathOutcome.LOOP;
                break;
            }
            if (cur.routes()) {
                Fib fib = forwarding.fib(cur.id());
                FibEntry entry = fib.lookup(dstIp);
                int nh = entry == null ? NextHopGroup.NO_NEXT_HOP
                        : entry.select(FlowHash.hash(srcIp, dstIp, srcPort, dstPort, protocol, fib.hashSeed()));
                if (nh == NextHopGroup.NO_NEXT_HOP) {
                    outcome = PathOutcome.NO_ROUTE;
                    break;
                }
                if (nh == cur.id()) {
                    // The router itself originates the prefix (textbook topologies): it answers.
                    outcome = PathOutcome.DELIVERED;
                    break;
                }
                target = nh;
                lastRouter = cur.id();
            } else if (target < 0 || target == cur.id()) {
                // A switch or host with nowhere to send the packet.
                outcome = PathOutcome.NO_ROUTE;
                break;
            }
            Link link = linkTowards(topology, igp, cur, target);
            if (link == null) {
                outcome = PathOutcome.UNREACHABLE;
                break;
            }
            cur = link.other(cur);
            delay += link.delayNanos() + perHopNanos;
            steps++;
            if (hops != null) {
                hops.add(new Path.Hop(cur, delay));
            }
        }
        if (out != null) {
            out.outcome = outcome;
            out.destination = outcome == PathOutcome.DELIVERED ? cur.id() : -1;
            out.hops = steps;
            out.oneWayNanos = delay;
            out.popRouter = lastRouter;
        }
        return outcome;
    }

    /**
     * The usable link from {@code cur} towards node {@code target}: inside the AS the IGP's first
     * hop (an iBGP next hop, a server behind a switch: a router forwards along its IGP route, which
     * is also what the decision process's hot-potato step measured); to another AS the directly
     * connected link (an eBGP next hop). Null when the way is down. Shared by every walker of the
     * data plane.
     */
    public static Link linkTowards(Topology topology, Igp igp, Node cur, int target) {
        if (topology.node(target).asn() == cur.asn()) {
            int first = igp.firstHop(cur.id(), target);
            if (first == Igp.NO_LINK) {
                return null;
            }
            Link l = topology.link(first);
            return l.isUsable() ? l : null;
        }
        List<Link> attached = topology.linksOf(cur);
        for (int i = 0, n = attached.size(); i < n; i++) {
            Link l = attached.get(i);
            if (l.isUsable() && l.other(cur).id() == target) {
                return l;
            }
        }
        return null;
    }
}
