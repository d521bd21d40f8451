package org.anycastsim.core.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.anycastsim.core.geo.GeoPoint;

/**
 * The topology graph: autonomous systems, nodes, links, the services' anycast prefixes, and the
 * up/down state of links and nodes. Nodes and links get dense ids in creation order, so that
 * other packages key primitive arrays by them.
 *
 * <p>Addressing (a modelling choice, see MODELLING-ASSUMPTIONS.md): loopbacks and router IDs come
 * from 10.0.0.0/8 in node order, link interfaces from /31s of 100.64.0.0/10 in link order.
 */
public final class Topology {
    private static final int LOOPBACK_BASE = Ipv4.parse("10.0.0.0");
    private static final int LINK_BASE = Ipv4.parse("100.64.0.0");

    private final String name;
    private final Map<Integer, AutonomousSystem> ases = new LinkedHashMap<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, Node> byName = new HashMap<>();
    private final List<List<Link>> adjacency = new ArrayList<>();
    private final List<List<Link>> adjacencyViews = new ArrayList<>();
    private final Map<String, List<Prefix>> servicePrefixes = new LinkedHashMap<>();
    private final List<TopologyListener> listeners = new ArrayList<>();
    private long stateVersion;

    public Topology(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public String name() {
        return name;
    }

    // ---- building ----

    public AutonomousSystem addAs(int asn, String asName, AsRole role) {
        if (ases.containsKey(asn)) {
            throw new IllegalArgumentException("AS" + Integer.toUnsignedString(asn) + " defined twice");
        }
        AutonomousSystem as = new AutonomousSystem(asn, asName, role);
        ases.put(asn, as);
        return as;
    }

    public Router addRouter(String nodeName, AutonomousSystem as, GeoPoint location, String pop) {
        return addRouter(nodeName, as, location, pop, 0);
    }

    /** A router with its own BGP identifier ({@code routerId} 0: its loopback). */
    public Router addRouter(String nodeName, AutonomousSystem as, GeoPoint location, String pop, int routerId) {
        return register(new Router(nodes.size(), nodeName, known(as), location, pop, nextLoopback(), routerId));
    }

    public Switch addSwitch(String nodeName, AutonomousSystem as, GeoPoint location, String pop) {
        return register(new Switch(nodes.size(), nodeName, known(as), location, pop, nextLoopback()));
    }

    public Server addServer(String nodeName, AutonomousSystem as, GeoPoint location, String pop) {
        return register(new Server(nodes.size(), nodeName, known(as), location, pop, nextLoopback()));
    }

    public ControlServer addControlServer(String nodeName, AutonomousSystem as, GeoPoint location, String pop) {
        return register(new ControlServer(nodes.size(), nodeName, known(as), location, pop, nextLoopback()));
    }

    public ClientNetwork addClient(String nodeName, AutonomousSystem as, GeoPoint location, String country,
            String region, double demandWeight, Prefix clientBlock) {
        return register(new ClientNetwork(nodes.size(), nodeName, known(as), location, nextLoopback(),
                country, region, demandWeight, clientBlock));
    }

    /** Connects two nodes; the IGP cost defaults to the delay in microseconds (at least 1). */
    public Link connect(Node a, Node b, long delayNanos, long capacityBitsPerSecond) {
        return connect(a, b, delayNanos, capacityBitsPerSecond, Math.max(1, delayNanos / 1000));
    }

    public Link connect(Node a, Node b, long delayNanos, long capacityBitsPerSecond, long igpCost) {
        requireMember(a);
        requireMember(b);
        int id = links.size();
        if (id >= (1 << 21)) {
            throw new IllegalStateException("too many links for the 100.64.0.0/10 interface pool");
        }
        int addressA = LINK_BASE + 2 * id;
        Link link = new Link(id, a, b, delayNanos, capacityBitsPerSecond, igpCost, addressA, addressA + 1);
        links.add(link);
        adjacency.get(a.id()).add(link);
        adjacency.get(b.id()).add(link);
        return link;
    }

    /** Declares that {@code service} (e.g. "dns") answers on {@code prefix}. */
    public void addServicePrefix(String service, Prefix prefix) {
        for (Map.Entry<String, List<Prefix>> e : servicePrefixes.entrySet()) {
            if (e.getValue().contains(prefix)) {
                throw new IllegalArgumentException(prefix + " already belongs to service " + e.getKey());
            }
        }
        servicePrefixes.computeIfAbsent(service, s -> new ArrayList<>()).add(prefix);
    }

    private <N extends Node> N register(N node) {
        if (byName.containsKey(node.name())) {
            throw new IllegalArgumentException("node name '" + node.name() + "' used twice");
        }
        nodes.add(node);
        List<Link> attached = new ArrayList<>();
        adjacency.add(attached);
        adjacencyViews.add(Collections.unmodifiableList(attached));
        byName.put(node.name(), node);
        return node;
    }

    private int nextLoopback() {
        if (nodes.size() >= (1 << 24) - 2) {
            throw new IllegalStateException("too many nodes for the 10.0.0.0/8 loopback pool");
        }
        return LOOPBACK_BASE + nodes.size() + 1;
    }

    private AutonomousSystem known(AutonomousSystem as) {
        if (ases.get(as.asn()) != as) {
            throw new IllegalArgumentException(as + " is not part of topology " + name);
        }
        return as;
    }

    private void requireMember(Node n) {
        if (n.id() >= nodes.size() || nodes.get(n.id()) != n) {
            throw new IllegalArgumentException(n + " is not part of topology " + name);
        }
    }

    // ---- queries ----

    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public Node node(int id) {
        return nodes.get(id);
    }

    /** The node of that name, or null. */
    public Node node(String nodeName) {
        return byName.get(nodeName);
    }

    public int nodeCount() {
        return nodes.size();
    }

    public List<Link> links() {
        return Collections.unmodifiableList(links);
    }

    public Link link(int id) {
        return links.get(id);
    }

    /** The links attached to a node (a read-only view; no allocation per call). */
    public List<Link> linksOf(Node n) {
        return adjacencyViews.get(n.id());
    }

    /** The first link between two nodes, or null. */
    public Link linkBetween(Node a, Node b) {
        for (Link l : adjacency.get(a.id())) {
            if (l.connects(b)) {
                return l;
            }
        }
        return null;
    }

    /**
     * The node owning {@code address}: a loopback, or an end of a link's /31. Returns null for
     * addresses outside the topology's pools. O(1): both pools are allocated arithmetically.
     */
    public Node nodeOfAddress(int address) {
        int loop = address - LOOPBACK_BASE - 1;
        if (loop >= 0 && loop < nodes.size()) {
            return nodes.get(loop);
        }
        int offset = address - LINK_BASE;
        if (offset >= 0 && offset / 2 < links.size()) {
            Link l = links.get(offset / 2);
            return (offset & 1) == 0 ? l.a() : l.b();
        }
        return null;
    }

    /** The link whose /31 holds {@code address}, or null (loopbacks and foreign addresses). */
    public Link linkOfAddress(int address) {
        int offset = address - LINK_BASE;
        return offset >= 0 && offset / 2 < links.size() ? links.get(offset / 2) : null;
    }

    public AutonomousSystem as(int asn) {
        return ases.get(asn);
    }

    public List<AutonomousSystem> ases() {
        return List.copyOf(ases.values());
    }

    public <N extends Node> List<N> nodesOf(Class<N> type) {
        List<N> out = new ArrayList<>();
        for (Node n : nodes) {
            if (type.isInstance(n)) {
                out.add(type.cast(n));
            }
        }
        return out;
    }

    /** Nodes of one PoP, in creation order. */
    public List<Node> popNodes(String pop) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (pop.equals(n.pop())) {
                out.add(n);
            }
        }
        return out;
    }

    /** PoP codes in the order their first node was created. */
    public List<String> pops() {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n.pop() != null && !out.contains(n.pop())) {
                out.add(n.pop());
            }
        }
        return out;
    }

    /** Service name to its anycast prefixes, in declaration order. */
    public Map<String, List<Prefix>> servicePrefixes() {
        Map<String, List<Prefix>> copy = new LinkedHashMap<>();
        servicePrefixes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    /** The service answering on {@code ip}, or null. */
    public String serviceOf(int ip) {
        for (Map.Entry<String, List<Prefix>> e : servicePrefixes.entrySet()) {
            for (Prefix p : e.getValue()) {
                if (p.contains(ip)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    public List<Prefix> allServicePrefixes() {
        List<Prefix> out = new ArrayList<>();
        servicePrefixes.values().forEach(out::addAll);
        return out;
    }

    // ---- state ----

    public void addListener(TopologyListener listener) {
        listeners.add(listener);
    }

    public void removeListener(TopologyListener listener) {
        listeners.remove(listener);
    }

    /** Cuts or restores a link; listeners hear of it only when the state really changes. */
    public void setLinkUp(Link link, boolean up) {
        if (link.isUp() != up) {
            link.setUp(up);
            stateVersion++;
            for (TopologyListener l : List.copyOf(listeners)) {
                l.linkChanged(link);
            }
        }
    }

    /** Fails or restores a node (its links become unusable while it is down). */
    public void setNodeUp(Node node, boolean up) {
        if (node.isUp() != up) {
            node.setUp(up);
            stateVersion++;
            for (TopologyListener l : List.copyOf(listeners)) {
                l.nodeChanged(node);
            }
        }
    }

    /** Counts state changes; caches derived from link and node state compare it to stay fresh. */
    public long stateVersion() {
        return stateVersion;
    }

    @Override
    public String toString() {
        return "Topology[" + name + ": " + nodes.size() + " nodes, " + links.size() + " links]";
    }
}
