package org.anycastsim.core.net;

import org.anycastsim.core.geo.GeoPoint;

/** A router: a BGP speaker with a FIB (a PoP's edge router, a transit backbone router). */
public final class Router extends Node {
    Router(int id, String name, AutonomousSystem as, GeoPoint location, String pop, int address) {
        super(id, name, as, location, pop, address);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.ROUTER;
    }

    @Override
    public boolean routes() {
        return true;
    }

    /** The BGP router ID (the loopback address). */
    public int routerId() {
        return address();
    }
}
