package org.anycastsim.core.traffic;

import java.util.Arrays;
import java.util.List;
import org.anycastsim.core.forward.Fib;
import org.anycastsim.core.forward.FibEntry;
import org.anycastsim.core.forward.FlowHash;
import org.anycastsim.core.forward.Forwarding;
import org.anycastsim.core.forward.NextHopGroup;
import org.anycastsim.core.forward.NextHopSet;
import org.anycastsim.core.forward.PathOutcome;
import org.anycastsim.core.forward.PathResolver;
import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.NodeKind;
import org.anycastsim.core.net.Topology;

/**
 * Walks traffic through the current FIBs with exactly the rules of {@link PathResolver} (FIB
 * lookup and hash at every routing node, direct link to the next hop or else the IGP's first hop,
 * arrival at a server), in two forms the traffic layer needs and the resolver does not give:
 *
 * <ul>
 *   <li>{@link #trace}: one 5-tuple, recording the routing nodes it crossed (a sampled session is
 *       indexed under them, so a FIB change re-examines only the sessions it can move);</li>
 *   <li>{@link #spread}: a fluid of traffic to one destination, split at every routing node by
 *       each next hop's exact share of the hash space ({@link NextHopGroup#share}). Routers hash
 *       with their own seeds, so the choices at successive routers are treated as independent.</li>
 * </ul>
 *
 * Neither allocates once its buffers have grown to the largest path seen.
 */
public final class PathWalker {
    /** Same hop limit as the resolver: a longer walk is a loop. */
    public static final int MAX_HOPS = PathResolver.MAX_HOPS;
    /**
     * Bound on the branches one spread may expand. ECMP groups that point at each other (a
     * transient loop) would otherwise branch exponentially before the hop limit; the mass left
     * unexpanded at the bound is counted as looping, so conservation still holds exactly.
     */
    public static final int MAX_BRANCHES = 1 << 16;

    private final Topology topology;
    private final Igp igp;
    private final Forwarding forwarding;
    private final long perHopNanos;
    private final Node[] nodes;

    public PathWalker(Topology topology, Igp igp, Forwarding forwarding, long perHopNanos) {
        this.topology = topology;
        this.igp = igp;
        this.forwarding = forwarding;
        this.perHopNanos = perHopNanos;
        this.nodes = topology.nodes().toArray(new Node[0]);
    }

    public Topology topology() {
        return topology;
    }

    public Forwarding forwarding() {
        return forwarding;
    }

    // ---- one flow ----

    /** The result of one {@link #trace}, reused across calls. */
    public static final class Trace {
        PathOutcome outcome;
        int destination = -1;
        long oneWayNanos;
        int lastRouter = -1;
        final int[] routers = new int[MAX_HOPS + 1];
        int routerCount;

        public PathOutcome outcome() {
            return outcome;
        }

        public boolean delivered() {
            return outcome == PathOutcome.DELIVERED;
        }

        /** The answering server's node id, or -1. */
        public int destination() {
            return destination;
        }

        public long oneWayNanos() {
            return oneWayNanos;
        }

        public int lastRouter() {
            return lastRouter;
        }

        /** The routing nodes that looked the flow up, in path order (a node repeats in a loop). */
        public int routerCount() {
            return routerCount;
        }

        public int router(int i) {
            return routers[i];
        }
    }

    /** The path of one 5-tuple from node {@code source}; fills and returns {@code into}. */
    public Trace trace(int source, int srcIp, int dstIp, int srcPort, int dstPort, int protocol, Trace into) {
        Node cur = nodes[source];
        long delay = 0;
        int target = -1;
        int steps = 0;
        into.routerCount = 0;
        into.lastRouter = -1;
        PathOutcome outcome;
        while (true) {
            if (!cur.isUp()) {
                outcome = PathOutcome.UNREACHABLE;
                break;
            }
            if (steps > 0 && cur.kind() == NodeKind.SERVER) {
                outcome = PathOutcome.DELIVERED;
                break;
            }
            if (steps >= MAX_HOPS) {
                outcome = PathOutcome.LOOP;
                break;
            }
            if (cur.routes()) {
                into.routers[into.routerCount++] = cur.id();
                Fib fib = forwarding.fib(cur.id());
                FibEntry entry = fib.lookup(dstIp);
                int nh = entry == null ? NextHopGroup.NO_NEXT_HOP
                        : entry.select(FlowHash.hash(srcIp, dstIp, srcPort, dstPort, protocol, fib.hashSeed()));
                if (nh == NextHopGroup.NO_NEXT_HOP) {
                    outcome = PathOutcome.NO_ROUTE;
                    break;
                }
                if (nh == cur.id()) {
                    // The router originates the prefix itself (as PathResolver: it answers).
                    outcome = PathOutcome.DELIVERED;
                    break;
                }
                target = nh;
                into.lastRouter = cur.id();
            } else if (target < 0 || target == cur.id()) {
                outcome = PathOutcome.NO_ROUTE;
                break;
            }
            Link link = PathResolver.linkTowards(topology, igp, cur, target);
            if (link == null) {
                if (deadServerOnLiveNetwork(cur, target)) {
                    cur = nodes[target];
                    outcome = PathOutcome.DELIVERED;
                } else {
                    outcome = PathOutcome.UNREACHABLE;
                }
                break;
            }
            cur = link.other(cur);
            delay += link.delayNanos() + perHopNanos;
            steps++;
        }
        into.outcome = outcome;
        into.destination = outcome == PathOutcome.DELIVERED ? cur.id() : -1;
        into.oneWayNanos = delay;
        return into;
    }

    // ---- a fluid ----

    /**
     * Where a unit of traffic to one destination goes: fractions delivered to servers (one entry
     * per distinct path, with its one-way delay), and fractions lost in the network by reason.
     * Fractions sum to 1 up to rounding.
     */
    public static final class Spread {
        int count;
        int[] server = new int[8];
        double[] fraction = new double[8];
        long[] oneWayNanos = new long[8];
        double noRoute;
        double unreachable;
        double loop;
        int routerCount;
        int[] routers = new int[8];

        public int deliveries() {
            return count;
        }

        public int server(int i) {
            return server[i];
        }

        public double fraction(int i) {
            return fraction[i];
        }

        public long oneWayNanos(int i) {
            return oneWayNanos[i];
        }

        public double noRoute() {
            return noRoute;
        }

        public double unreachable() {
            return unreachable;
        }

        public double loop() {
            return loop;
        }

        /** Distinct routing nodes any part of the traffic was looked up at. */
        public int routerCount() {
            return routerCount;
        }

        public int router(int i) {
            return routers[i];
        }

        void clear() {
            count = 0;
            routerCount = 0;
            noRoute = unreachable = loop = 0;
        }

        void deliver(int to, double f, long delay) {
            if (count == server.length) {
                server = Arrays.copyOf(server, count * 2);
                fraction = Arrays.copyOf(fraction, count * 2);
                oneWayNanos = Arrays.copyOf(oneWayNanos, count * 2);
            }
            server[count] = to;
            fraction[count] = f;
            oneWayNanos[count++] = delay;
        }

        void addRouter(int id) {
            if (routerCount == routers.length) {
                routers = Arrays.copyOf(routers, routerCount * 2);
            }
            routers[routerCount++] = id;
        }
    }

    // DFS stack of partial walks: (node, target, steps, delay, fraction).
    private int[] stackNode = new int[64];
    private int[] stackTarget = new int[64];
    private int[] stackSteps = new int[64];
    private long[] stackDelay = new long[64];
    private double[] stackFraction = new double[64];
    private int[] routerSeen;
    private int spreadStamp;

    /** Spreads a unit of traffic from node {@code source} to address {@code dstIp}; fills and returns {@code into}. */
    public Spread spread(int source, int dstIp, Spread into) {
        into.clear();
        if (routerSeen == null) {
            routerSeen = new int[nodes.length];
        }
        if (++spreadStamp == 0) {
            Arrays.fill(routerSeen, 0);
            spreadStamp = 1;
        }
        int top = 0;
        push(top++, source, -1, 0, 0L, 1.0);
        int expanded = 0;
        while (top > 0) {
            top--;
            Node cur = nodes[stackNode[top]];
            int target = stackTarget[top];
            int steps = stackSteps[top];
            long delay = stackDelay[top];
            double f = stackFraction[top];
            if (++expanded > MAX_BRANCHES) {
                into.loop += f;
                continue;
            }
            if (!cur.isUp()) {
                into.unreachable += f;
                continue;
            }
            if (steps > 0 && cur.kind() == NodeKind.SERVER) {
                into.deliver(cur.id(), f, delay);
                continue;
            }
            if (steps >= MAX_HOPS) {
                into.loop += f;
                continue;
            }
            if (cur.routes()) {
                if (routerSeen[cur.id()] != spreadStamp) {
                    routerSeen[cur.id()] = spreadStamp;
                    into.addRouter(cur.id());
                }
                FibEntry entry = forwarding.fib(cur.id()).lookup(dstIp);
                NextHopGroup group = entry == null ? null : entry.group();
                if (group == null || group.isEmpty()) {
                    into.noRoute += f;
                    continue;
                }
                NextHopSet hops = group.nextHops();
                for (int i = hops.size() - 1; i >= 0; i--) {
                    int nh = hops.id(i);
                    double share = group.share(nh);
                    if (share == 0) {
                        continue;
                    }
                    if (nh == cur.id()) {
                        into.deliver(cur.id(), f * share, delay);
                        continue;
                    }
                    top = step(into, top, cur, nh, steps, delay, f * share);
                }
            } else if (target < 0 || target == cur.id()) {
                into.noRoute += f;
            } else {
                top = step(into, top, cur, target, steps, delay, f);
            }
        }
        return into;
    }

    /** Moves a partial walk one link towards {@code target}, pushing the result; returns the new stack top. */
    /** A crashed server whose LAN is up: the IGP still reaches it (hosts count as up there). */
    private boolean deadServerOnLiveNetwork(Node cur, int target) {
        Node t = nodes[target];
        return t.kind() == NodeKind.SERVER && !t.isUp() && igp.cost(cur.id(), target) != Igp.UNREACHABLE;
    }

    private int step(Spread into, int top, Node cur, int target, int steps, long delay, double f) {
        Link link = PathResolver.linkTowards(topology, igp, cur, target);
        if (link == null) {
            if (deadServerOnLiveNetwork(cur, target)) {
                // The router still sends to a crashed server (until BFD or the hold timer says
                // otherwise): the server drops it, not the network.
                into.deliver(target, f, delay);
            } else {
                into.unreachable += f;
            }
            return top;
        }
        push(top, link.other(cur).id(), target, steps + 1, delay + link.delayNanos() + perHopNanos, f);
        return top + 1;
    }

    private void push(int at, int node, int target, int steps, long delay, double fraction) {
        if (at == stackNode.length) {
            int n = at * 2;
            stackNode = Arrays.copyOf(stackNode, n);
            stackTarget = Arrays.copyOf(stackTarget, n);
            stackSteps = Arrays.copyOf(stackSteps, n);
            stackDelay = Arrays.copyOf(stackDelay, n);
            stackFraction = Arrays.copyOf(stackFraction, n);
        }
        stackNode[at] = node;
        stackTarget[at] = target;
        stackSteps[at] = steps;
        stackDelay[at] = delay;
        stackFraction[at] = fraction;
    }

}
