package org.anycastsim.core.net;

import org.anycastsim.core.geo.GeoPoint;

/** A PoP's control server: watches the servers, reboots them through IPMI or the PDU. */
public final class ControlServer extends Node {
    ControlServer(int id, String name, AutonomousSystem as, GeoPoint location, String pop, int address) {
        super(id, name, as, location, pop, address);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.CONTROL_SERVER;
    }
}
