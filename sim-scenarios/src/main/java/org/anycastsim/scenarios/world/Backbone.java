package org.anycastsim.scenarios.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.anycastsim.core.geo.PropagationModel;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Topology;

/**
 * The backbone of a transit network whose routers are given by metro: each router is linked to
 * its k nearest routers of the same network (the regional mesh carriers build), plus the edges
 * of a minimum spanning tree by great-circle distance, so that the network is connected even
 * where its metros form far-apart clusters (the tree adds the shortest ocean crossing). This is
 * a stand-in for the real fibre map, which the sources do not give.
 */
final class Backbone {
    private Backbone() {}

    /** Creates the links (in a deterministic order: by the lower, then the higher router index). */
    static List<Link> join(Topology t, List<Router> routers, int nearest, PropagationModel model,
            long capacityBps, long floorNanos) {
        int n = routers.size();
        double[][] km = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                km[i][j] = routers.get(i).location().distanceKm(routers.get(j).location());
            }
        }
        TreeSet<long[]> pairs = new TreeSet<>(Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        for (int i = 0; i < n; i++) {
            final int from = i;
            Integer[] others = new Integer[n];
            for (int j = 0; j < n; j++) {
                others[j] = j;
            }
            Arrays.sort(others, Comparator.<Integer>comparingDouble(j -> km[from][j]).thenComparingInt(j -> j));
            int taken = 0;
            for (int j : others) {
                if (taken == nearest) {
                    break;
                }
                if (j != i) {
                    pairs.add(pair(i, j));
                    taken++;
                }
            }
        }
        for (long[] edge : spanningTree(km)) {
            pairs.add(edge);
        }
        List<Link> links = new ArrayList<>();
        for (long[] p : pairs) {
            links.add(Wan.connect(t, routers.get((int) p[0]), routers.get((int) p[1]), model, capacityBps, floorNanos));
        }
        return links;
    }

    /** Kruskal over all pairs, shortest first (ties by index), with union-find. */
    private static List<long[]> spanningTree(double[][] km) {
        int n = km.length;
        List<int[]> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                all.add(new int[] {i, j});
            }
        }
        all.sort(Comparator.<int[]>comparingDouble(e -> km[e[0]][e[1]]).thenComparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<long[]> tree = new ArrayList<>();
        for (int[] e : all) {
            int a = root(parent, e[0]);
            int b = root(parent, e[1]);
            if (a != b) {
                parent[a] = b;
                tree.add(pair(e[0], e[1]));
            }
        }
        return tree;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static long[] pair(int i, int j) {
        return new long[] {Math.min(i, j), Math.max(i, j)};
    }
}
