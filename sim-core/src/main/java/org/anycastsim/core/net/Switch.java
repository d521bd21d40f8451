package org.anycastsim.core.net;

import org.anycastsim.core.geo.GeoPoint;

/** A PoP's LAN switch: forwards at layer 2 towards the servers behind it; no routing. */
public final class Switch extends Node {
    Switch(int id, String name, AutonomousSystem as, GeoPoint location, String pop, int address) {
        super(id, name, as, location, pop, address);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.SWITCH;
    }
}
