package org.anycastsim.core.net;

import org.anycastsim.core.geo.GeoPoint;

/** A router: a BGP speaker with a FIB (a PoP's edge router, a transit backbone router). */
public final class Router extends Node {
    private final int routerId;

    Router(int id, String name, AutonomousSystem as, GeoPoint location, String pop, int address, int routerId) {
        super(id, name, as, location, pop, address);
        this.routerId = routerId == 0 ? address : routerId;
    }

    @Override
    public NodeKind kind() {
        return NodeKind.ROUTER;
    }

    @Override
    public boolean routes() {
        return true;
    }

    /** The BGP identifier: the loopback address unless the topology set one (RFC 4271 4.2). */
    @Override
    public int routerId() {
        return routerId;
    }
}
