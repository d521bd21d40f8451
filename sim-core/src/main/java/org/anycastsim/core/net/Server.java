package org.anycastsim.core.net;

import org.anycastsim.core.geo.GeoPoint;

/** A white-box server behind a PoP switch; runs the services and announces their prefixes. */
public final class Server extends Node {
    Server(int id, String name, AutonomousSystem as, GeoPoint location, String pop, int address) {
        super(id, name, as, location, pop, address);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.SERVER;
    }
}
