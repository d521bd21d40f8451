package org.anycastsim.core.forward;

import java.util.ArrayList;
import java.util.List;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Topology;

/**
 * The data plane: a FIB for every routing node (routers and client border routers), the hashing
 * scheme each uses, and the listeners told of every FIB change.
 */
public final class Forwarding {
    private final Topology topology;
    private final Fib[] fibs;
    private final List<FibListener> listeners = new ArrayList<>();

    /** Every routing node hashes with {@code scheme}; see {@link #Forwarding(Topology, SchemeChooser)}. */
    public Forwarding(Topology topology, HashingScheme scheme) {
        this(topology, node -> scheme);
    }

    public Forwarding(Topology topology, SchemeChooser chooser) {
        this.topology = topology;
        this.fibs = new Fib[topology.nodeCount()];
        for (Node n : topology.nodes()) {
            if (n.routes()) {
                fibs[n.id()] = new Fib(n.id(), chooser.schemeFor(n), FlowHash.hashId(n.id(), 0x5eed_f1b));
            }
        }
    }

    /** Which hashing scheme a routing node uses (e.g. Maglev at PoP routers, hash-threshold elsewhere). */
    @FunctionalInterface
    public interface SchemeChooser {
        HashingScheme schemeFor(Node node);
    }

    public Topology topology() {
        return topology;
    }

    /** The FIB of a routing node, or null for nodes that do not route (switches, servers). */
    public Fib fib(int nodeId) {
        return fibs[nodeId];
    }

    public Fib fib(Node node) {
        return fibs[node.id()];
    }

    /** Installs a FIB entry and tells the listeners when it changed. */
    public void install(int nodeId, Prefix prefix, NextHopSet nextHops) {
        Fib fib = fibs[nodeId];
        if (fib == null) {
            throw new IllegalArgumentException(topology.node(nodeId) + " has no FIB");
        }
        if (fib.install(prefix, nextHops)) {
            for (FibListener l : listeners) {
                l.fibChanged(nodeId, prefix);
            }
        }
    }

    /**
     * Changes a next hop's weight in a routing node's ECMP groups (one prefix, or null for all) and
     * tells the listeners; the weight stays across later route changes. See {@link Fib}.
     */
    public void setHashWeight(int nodeId, Prefix prefix, int nextHopId, int weight) {
        Fib fib = fibs[nodeId];
        if (fib == null) {
            throw new IllegalArgumentException(topology.node(nodeId) + " has no FIB");
        }
        for (Prefix changed : fib.setHashWeight(prefix, nextHopId, weight)) {
            for (FibListener l : listeners) {
                l.fibChanged(nodeId, changed);
            }
        }
    }

    public void addListener(FibListener listener) {
        listeners.add(listener);
    }

    public void removeListener(FibListener listener) {
        listeners.remove(listener);
    }
}
