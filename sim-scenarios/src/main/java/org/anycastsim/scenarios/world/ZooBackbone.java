package org.anycastsim.scenarios.world;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.geo.PropagationModel;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Topology;
import org.anycastsim.scenarios.importer.GraphMlImporter;
import org.anycastsim.scenarios.importer.ZooEdge;
import org.anycastsim.scenarios.importer.ZooGraph;
import org.anycastsim.scenarios.importer.ZooNode;
import org.anycastsim.scenarios.input.InputException;

/**
 * Turns an Internet Topology Zoo graph into one AS's routers and backbone links, so that a
 * transit network's backbone can be a measured map (e.g. Cogent, AS174, from Cogentco.graphml)
 * rather than the metro-list stand-in.
 *
 * <ul>
 *   <li>Every Zoo node becomes a router named {@code AS<asn>-<label>} ({@code -2}, {@code -3} for
 *       repeated labels; {@code AS<asn>-n<id>} when the Zoo has no usable label).</li>
 *   <li>A node without coordinates is placed at a neighbour's position (the first neighbour, in
 *       edge order, that has one; repeated until nothing changes). The Zoo's unplaced nodes are
 *       mostly unnamed relay sites on a path, and placing one at its neighbour keeps the path's
 *       total length. A node with no placed neighbour at all is dropped with its edges.</li>
 *   <li>Parallel edges are merged (the first one's capacity is kept) and self-loops skipped. A
 *       link's capacity is the Zoo's when given, else {@code defaultCapacityBps}; its delay comes
 *       from geography.</li>
 *   <li>If the graph falls apart into several components (Ntt.graphml has 16), the closest pair of
 *       routers between components is linked, shortest first, until it is connected: the model
 *       needs every router of an AS to reach every other through its IGP.</li>
 * </ul>
 */
public final class ZooBackbone {
    /** The graphs bundled under {@code org/anycastsim/scenarios/data/topology-zoo/}. */
    public static final List<String> BUNDLED = List.of("Abilene", "AttMpls", "Cogentco", "Geant2012",
            "HurricaneElectric", "Ntt", "Sprint", "Tinet", "Highwinds", "Savvis");

    private static final long DEFAULT_CAPACITY_BPS = 100_000_000_000L;
    private static final long CROSS_CONNECT_NANOS = 10_000;
    private static final String DIRECTORY = "/org/anycastsim/scenarios/data/topology-zoo/";

    /**
     * What {@link #attach} built.
     *
     * @param routers           in Zoo node order
     * @param links             every link created, the bridges included
     * @param bridges           links added to join components the Zoo left apart
     * @param placedAtNeighbour ids of nodes the Zoo gives no coordinates for, placed at a neighbour
     * @param dropped           ids of nodes that could not be placed
     */
    public record Attached(List<Router> routers, List<Link> links, List<Link> bridges, List<String> placedAtNeighbour,
            List<String> dropped) {
        public Attached {
            routers = List.copyOf(routers);
            links = List.copyOf(links);
            bridges = List.copyOf(bridges);
            placedAtNeighbour = List.copyOf(placedAtNeighbour);
            dropped = List.copyOf(dropped);
        }
    }

    private ZooBackbone() {}

    public static boolean isBundled(String name) {
        return BUNDLED.contains(name);
    }

    /** Reads one of the {@link #BUNDLED} graphs. */
    public static ZooGraph load(String name) {
        if (!isBundled(name)) {
            throw new IllegalArgumentException("no bundled Topology Zoo graph '" + name + "' (one of " + BUNDLED + ")");
        }
        String file = name + ".graphml";
        try (InputStream in = ZooBackbone.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + DIRECTORY + file);
            }
            return GraphMlImporter.read(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** {@link #attach(Topology, AutonomousSystem, ZooGraph, PropagationModel, long, long)} with 100 Gbit/s and a 10 us floor. */
    public static Attached attach(Topology t, AutonomousSystem as, ZooGraph graph, PropagationModel model) {
        return attach(t, as, graph, model, DEFAULT_CAPACITY_BPS, CROSS_CONNECT_NANOS);
    }

    public static Attached attach(Topology t, AutonomousSystem as, ZooGraph graph, PropagationModel model,
            long defaultCapacityBps, long minDelayNanos) {
        Map<String, List<String>> neighbours = new HashMap<>();
        for (ZooEdge e : graph.edges()) {
            if (!e.sourceId().equals(e.targetId())) {
                neighbours.computeIfAbsent(e.sourceId(), k -> new ArrayList<>()).add(e.targetId());
                neighbours.computeIfAbsent(e.targetId(), k -> new ArrayList<>()).add(e.sourceId());
            }
        }
        Map<String, GeoPoint> position = new HashMap<>();
        graph.nodes().forEach(n -> n.position().ifPresent(p -> position.put(n.id(), p)));
        List<String> placed = placeAtNeighbours(graph, neighbours, position);

        Map<String, Router> routers = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String asPrefix = "AS" + Integer.toUnsignedString(as.asn()) + "-";
        for (ZooNode n : graph.nodes()) {
            GeoPoint where = position.get(n.id());
            if (where == null) {
                dropped.add(n.id());
                continue;
            }
            String base = asPrefix + (n.hasCoordinates() ? slug(n.label(), n.id()) : "n" + n.id());
            String name = base;
            for (int k = 2; !names.add(name) || t.node(name) != null; k++) {
                name = base + "-" + k;
            }
            routers.put(n.id(), t.addRouter(name, as, where, null));
        }

        List<Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ZooEdge e : graph.edges()) {
            Router a = routers.get(e.sourceId());
            Router b = routers.get(e.targetId());
            if (a == null || b == null || a == b || !seen.add(Math.min(a.id(), b.id()) + "-" + Math.max(a.id(), b.id()))) {
                continue;
            }
            long capacity = e.hasCapacity() ? Math.round(e.capacityBitsPerSecond()) : defaultCapacityBps;
            links.add(Wan.connect(t, a, b, model, capacity, minDelayNanos));
        }
        List<Router> list = List.copyOf(routers.values());
        List<Link> bridges = bridgeComponents(t, list, links, model, defaultCapacityBps, minDelayNanos);
        links.addAll(bridges);
        return new Attached(list, links, bridges, placed, dropped);
    }

    private static List<String> placeAtNeighbours(ZooGraph graph, Map<String, List<String>> neighbours,
            Map<String, GeoPoint> position) {
        List<String> placed = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, GeoPoint> round = new LinkedHashMap<>();
            for (ZooNode n : graph.nodes()) {
                if (!position.containsKey(n.id())) {
                    for (String m : neighbours.getOrDefault(n.id(), List.of())) {
                        if (position.containsKey(m)) {
                            round.put(n.id(), position.get(m));
                            break;
                        }
                    }
                }
            }
            position.putAll(round);
            placed.addAll(round.keySet());
            changed = !round.isEmpty();
        }
        return placed;
    }

    /** Links the closest pair of routers across components, shortest first, until one component remains. */
    private static List<Link> bridgeComponents(Topology t, List<Router> routers, List<Link> links,
            PropagationModel model, long capacity, long minDelayNanos) {
        Map<Router, Integer> index = new HashMap<>();
        for (int i = 0; i < routers.size(); i++) {
            index.put(routers.get(i), i);
        }
        int[] parent = new int[routers.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Link l : links) {
            union(parent, index.get((Router) l.a()), index.get((Router) l.b()));
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < routers.size(); i++) {
            for (int j = i + 1; j < routers.size(); j++) {
                if (root(parent, i) != root(parent, j)) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingDouble(p -> routers.get(p[0]).location().distanceKm(routers.get(p[1]).location()))
                .thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        List<Link> bridges = new ArrayList<>();
        for (int[] p : pairs) {
            if (root(parent, p[0]) != root(parent, p[1])) {
                union(parent, p[0], p[1]);
                bridges.add(Wan.connect(t, routers.get(p[0]), routers.get(p[1]), model, capacity, minDelayNanos));
            }
        }
        return bridges;
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** "Zürich" -> "Zurich", "New York" -> "New-York"; the node id when nothing usable is left. */
    static String slug(String label, String id) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() || s.equalsIgnoreCase("None") ? "n" + id : s;
    }
}
