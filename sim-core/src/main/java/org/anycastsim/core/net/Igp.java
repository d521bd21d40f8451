package org.anycastsim.core.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The interior gateway protocol of every AS, as a link-state protocol computes it: shortest
 * paths by link cost (the delay, by default) between all nodes of one AS over its own usable
 * links. It answers the IGP cost between two nodes of an AS (the decision process's hot-potato
 * step) and the first link on the shortest path (forwarding towards a BGP next hop).
 *
 * <p>Tables are recomputed per AS, lazily, on the first query after a link or node of that AS
 * changed: several failures at one instant cost one recomputation. Ties between equal-cost paths
 * go to the lower link id, so results are deterministic. (Real IGPs converge in tens to hundreds
 * of milliseconds; the model makes the IGP converge instantly — see MODELLING-ASSUMPTIONS.md.)
 */
public final class Igp implements TopologyListener {
    /** Cost of an unreachable node (or of a node in another AS). */
    public static final long UNREACHABLE = Long.MAX_VALUE;
    public static final int NO_LINK = -1;

    private final Topology topology;
    private final AsTable[] tableOfNode;
    private final int[] localIndex;
    private final Map<Integer, AsTable> tables = new HashMap<>();
    private long recomputations;

    public Igp(Topology topology) {
        this.topology = topology;
        int n = topology.nodeCount();
        tableOfNode = new AsTable[n];
        localIndex = new int[n];
        Map<Integer, List<Node>> members = new HashMap<>();
        for (Node node : topology.nodes()) {
            members.computeIfAbsent(node.asn(), k -> new ArrayList<>()).add(node);
        }
        for (Map.Entry<Integer, List<Node>> e : members.entrySet()) {
            AsTable table = new AsTable(e.getValue());
            tables.put(e.getKey(), table);
            for (int i = 0; i < table.members.length; i++) {
                tableOfNode[table.members[i]] = table;
                localIndex[table.members[i]] = i;
            }
        }
        topology.addListener(this);
    }

    /** IGP cost from one node to another of the same AS, or {@link #UNREACHABLE}. */
    public long cost(Node from, Node to) {
        return cost(from.id(), to.id());
    }

    public long cost(int from, int to) {
        AsTable t = tableOfNode[from];
        if (t != tableOfNode[to]) {
            return UNREACHABLE;
        }
        t.ensureFresh();
        return t.cost[localIndex[from] * t.size + localIndex[to]];
    }

    /** The id of the first link on the shortest path, or {@link #NO_LINK} (unreachable, or from == to). */
    public int firstHop(int from, int to) {
        AsTable t = tableOfNode[from];
        if (t != tableOfNode[to]) {
            return NO_LINK;
        }
        t.ensureFresh();
        return t.firstHop[localIndex[from] * t.size + localIndex[to]];
    }

    /** The shortest path as a node list (from and to included), empty when unreachable. */
    public List<Node> path(Node from, Node to) {
        List<Node> out = new ArrayList<>();
        if (cost(from, to) == UNREACHABLE) {
            return out;
        }
        Node cur = from;
        out.add(cur);
        while (cur != to) {
            Link l = topology.link(firstHop(cur.id(), to.id()));
            cur = l.other(cur);
            out.add(cur);
        }
        return out;
    }

    /** How many per-AS recomputations have run (for benchmarks and tests). */
    public long recomputations() {
        return recomputations;
    }

    /** Recomputes every stale table now (e.g. to time the build). */
    public void computeAll() {
        tables.values().forEach(AsTable::ensureFresh);
    }

    @Override
    public void linkChanged(Link link) {
        if (link.isIntraAs()) {
            tableOfNode[link.a().id()].stale = true;
        }
    }

    @Override
    public void nodeChanged(Node node) {
        if (!node.isHost()) {
            tableOfNode[node.id()].stale = true; // hosts count as up either way (see carries)
        }
    }

    /**
     * Whether the IGP routes over a link: it is up and both ends are up, where a host (a server or
     * control server) counts as up even when it is down. Hosts run no IGP; the router reaches them
     * through the LAN's connected route, which stays while the switch port is up, so a dead server
     * is noticed by BGP (BFD or the hold timer), not by the IGP, as in the seed's server crash.
     */
    private static boolean carries(Link l) {
        return l.isUp() && alive(l.a()) && alive(l.b());
    }

    private static boolean alive(Node n) {
        return n.isUp() || n.isHost();
    }

    /** All-pairs shortest paths of one AS, by Dijkstra from every member. */
    private final class AsTable {
        final int[] members;
        final int size;
        final long[] cost;
        final int[] firstHop;
        boolean stale = true;
        // Dijkstra scratch: a binary heap of local indices keyed by dist.
        private final long[] dist;
        private final int[] heap;
        private final int[] heapPos;

        AsTable(List<Node> nodes) {
            size = nodes.size();
            members = nodes.stream().mapToInt(Node::id).toArray();
            cost = new long[size * size];
            firstHop = new int[size * size];
            dist = new long[size];
            heap = new int[size];
            heapPos = new int[size];
        }

        void ensureFresh() {
            if (stale) {
                for (int s = 0; s < size; s++) {
                    dijkstra(s);
                }
                stale = false;
                recomputations++;
            }
        }

        private void dijkstra(int source) {
            int row = source * size;
            Arrays.fill(dist, UNREACHABLE);
            Arrays.fill(cost, row, row + size, UNREACHABLE);
            Arrays.fill(firstHop, row, row + size, NO_LINK);
            Arrays.fill(heapPos, -1);
            Node src = topology.node(members[source]);
            if (!src.isUp()) {
                return;
            }
            int heapSize = 0;
            dist[source] = 0;
            heap[heapSize] = source;
            heapPos[source] = heapSize++;
            while (heapSize > 0) {
                int u = heap[0];
                heapSize = popMin(heapSize);
                cost[row + u] = dist[u];
                Node un = topology.node(members[u]);
                for (Link l : topology.linksOf(un)) {
                    if (!l.isIntraAs() || !carries(l)) {
                        continue;
                    }
                    int v = localIndex[l.other(un).id()];
                    if (cost[row + v] != UNREACHABLE) {
                        continue;
                    }
                    long nd = dist[u] + l.igpCost();
                    int hop = u == source ? l.id() : firstHop[row + u];
                    if (nd < dist[v] || (nd == dist[v] && hop < firstHop[row + v])) {
                        boolean fresh = dist[v] == UNREACHABLE;
                        dist[v] = nd;
                        firstHop[row + v] = hop;
                        if (fresh) {
                            heap[heapSize] = v;
                            heapPos[v] = heapSize;
                            siftUp(heapSize++);
                        } else {
                            siftUp(heapPos[v]);
                        }
                    }
                }
            }
        }

        private int popMin(int heapSize) {
            int last = --heapSize;
            heapPos[heap[0]] = -1;
            if (last > 0) {
                heap[0] = heap[last];
                heapPos[heap[0]] = 0;
                siftDown(0, heapSize);
            }
            return heapSize;
        }

        private void siftUp(int i) {
            int x = heap[i];
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (dist[heap[p]] <= dist[x]) {
                    break;
                }
                heap[i] = heap[p];
                heapPos[heap[i]] = i;
                i = p;
            }
            heap[i] = x;
            heapPos[x] = i;
        }

        private void siftDown(int i, int n) {
            int x = heap[i];
            while (true) {
                int c = 2 * i + 1;
                if (c >= n) {
                    break;
                }
                if (c + 1 < n && dist[heap[c + 1]] < dist[heap[c]]) {
                    c++;
                }
                if (dist[heap[c]] >= dist[x]) {
                    break;
                }
                heap[i] = heap[c];
                heapPos[heap[i]] = i;
                i = c;
            }
            heap[i] = x;
            heapPos[x] = i;
        }
    }
}
