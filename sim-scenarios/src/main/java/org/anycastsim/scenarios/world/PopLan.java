package org.anycastsim.scenarios.world;

import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.ControlServer;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Switch;
import org.anycastsim.core.net.Topology;

/**
 * One PoP as the seed describes it: "at the edge of each of our PoPs is a router", "one or more
 * switches that aggregate traffic within the PoP's LAN", and "behind each switch there are a
 * collection of servers", plus the control server that reboots servers through IPMI and the PDU.
 *
 * <p>Names: {@code XXX-r1}, {@code XXX-sw1..}, {@code XXX-s01..}, {@code XXX-cs}. Servers are split
 * over the switches in contiguous blocks (s01-s06 behind sw1, s07-s12 behind sw2), so losing a
 * switch loses a known half. Every server has an iBGP session to the router, between loopbacks
 * (the seed's Bird announcing the service prefixes). The control server hangs off the router by
 * a management link and reaches the servers' IPMI and the PDUs over an out-of-band network that
 * the model does not draw: it has no BGP session and carries no traffic.
 */
final class PopLan {
    private PopLan() {}

    static Router build(Topology t, SessionPlan.Builder sessions, AutonomousSystem as, String code, GeoPoint where,
            int switches, int servers, LinkSettings links) {
        Router router = t.addRouter(code + "-r1", as, where, code);
        Switch[] sw = new Switch[switches];
        for (int k = 0; k < switches; k++) {
            sw[k] = t.addSwitch(code + "-sw" + (k + 1), as, where, code);
            t.connect(router, sw[k], links.routerSwitchDelayNanos(), links.routerSwitchBps());
        }
        int base = servers / switches;
        int extra = servers % switches;
        int number = 1;
        for (int k = 0; k < switches; k++) {
            int behind = base + (k < extra ? 1 : 0);
            for (int i = 0; i < behind; i++, number++) {
                Server s = t.addServer(String.format("%s-s%02d", code, number), as, where, code);
                t.connect(sw[k], s, links.switchServerDelayNanos(), links.switchServerBps());
                sessions.ibgp(router, s);
            }
        }
        ControlServer cs = t.addControlServer(code + "-cs", as, where, code);
        t.connect(router, cs, links.managementDelayNanos(), links.managementBps());
        return router;
    }
}
