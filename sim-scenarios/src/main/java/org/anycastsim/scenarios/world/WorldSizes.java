package org.anycastsim.scenarios.world;

import java.util.List;
import java.util.Map;
import org.anycastsim.core.net.NodeKind;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.SessionKind;
import org.anycastsim.core.net.Topology;

/**
 * How big a world is, for listings.
 *
 * @param pops            the operator's PoPs
 * @param routers         routers (PoP edge routers and transit backbone routers)
 * @param switches        PoP switches
 * @param servers         servers
 * @param controlServers  PoP control servers
 * @param ases            autonomous systems, eyeball networks included
 * @param clientNetworks  eyeball networks
 * @param links           links of every kind
 * @param ebgpSessions    eBGP sessions
 * @param ibgpSessions    iBGP sessions
 * @param servicePrefixes service -> its anycast prefixes
 */
public record WorldSizes(int pops, long routers, long switches, long servers, long controlServers, int ases,
        long clientNetworks, int links, long ebgpSessions, long ibgpSessions, Map<String, List<Prefix>> servicePrefixes) {

    public static WorldSizes of(World w) {
        Topology t = w.topology();
        return new WorldSizes(t.pops().size(), count(t, NodeKind.ROUTER), count(t, NodeKind.SWITCH),
                count(t, NodeKind.SERVER), count(t, NodeKind.CONTROL_SERVER), t.ases().size(), count(t, NodeKind.CLIENT),
                t.links().size(), w.sessions().count(SessionKind.EBGP), w.sessions().count(SessionKind.IBGP),
                t.servicePrefixes());
    }

    private static long count(Topology t, NodeKind kind) {
        return t.nodes().stream().filter(n -> n.kind() == kind).count();
    }
}
