package org.anycastsim.core.net;

import java.util.Objects;
import org.anycastsim.core.geo.GeoPoint;

/**
 * A node of the topology graph. Nodes carry identity, place and up/down state; behaviour (BGP
 * speakers, service processes, traffic) lives in other packages and refers to nodes by
 * {@link #id()}, a dense index that arrays can be keyed by.
 */
public abstract sealed class Node permits Router, Switch, Server, ControlServer, ClientNetwork {
    private final int id;
    private final String name;
    private final AutonomousSystem as;
    private final GeoPoint location;
    private final String pop;
    private final int address;
    private boolean up = true;

    Node(int id, String name, AutonomousSystem as, GeoPoint location, String pop, int address) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.as = Objects.requireNonNull(as, "as");
        this.location = Objects.requireNonNull(location, "location");
        this.pop = pop;
        this.address = address;
    }

    public abstract NodeKind kind();

    public final int id() {
        return id;
    }

    public final String name() {
        return name;
    }

    public final AutonomousSystem as() {
        return as;
    }

    public final int asn() {
        return as.asn();
    }

    public final GeoPoint location() {
        return location;
    }

    /** The PoP (IATA code) this node belongs to, or null outside the operator's PoPs. */
    public final String pop() {
        return pop;
    }

    /** The node's loopback address (its router ID for BGP speakers). */
    public final int address() {
        return address;
    }

    /** The BGP identifier of a speaker on this node (its loopback unless a router was given one). */
    public int routerId() {
        return address;
    }

    public final boolean isUp() {
        return up;
    }

    final void setUp(boolean up) {
        this.up = up;
    }

    /** A host (a server or a control server): it forwards nothing and runs no IGP. */
    public final boolean isHost() {
        return kind() == NodeKind.SERVER || kind() == NodeKind.CONTROL_SERVER;
    }

    /** Whether this node forwards IP packets by FIB lookup (routers and client-network border routers). */
    public boolean routes() {
        return false;
    }

    @Override
    public final String toString() {
        return name;
    }
}
