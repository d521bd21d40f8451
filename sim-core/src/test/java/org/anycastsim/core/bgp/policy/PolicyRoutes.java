package org.anycastsim.core.bgp.policy;

import org.anycastsim.core.bgp.AsPath;
import org.anycastsim.core.bgp.Origin;
import org.anycastsim.core.bgp.PathAttributes;
import org.anycastsim.core.bgp.Relationship;
import org.anycastsim.core.bgp.Route;
import org.anycastsim.core.bgp.RouteSource;
import org.anycastsim.core.net.Ipv4;
import org.anycastsim.core.net.Prefix;

/** Test fixtures: routes as received by a router in AS 13335. */
final class PolicyRoutes {

    static final int LOCAL_AS = 13335;

    private PolicyRoutes() {}

    /** A route for {@code prefix} from the eBGP neighbour AS {@code peerAs} at {@code peerAddress}. */
    static Route ebgp(String prefix, int peerAs, String peerAddress, Relationship relationship, String path) {
        int address = Ipv4.parse(peerAddress);
        return new Route(Prefix.parse(prefix), PathAttributes.of(AsPath.parse(path), Origin.IGP, address),
                RouteSource.ebgp(peerAs, address, address, relationship));
    }

    /** A route with an empty AS path from an iBGP peer (e.g. a server in the PoP). */
    static Route internal(String prefix, String peerAddress) {
        int address = Ipv4.parse(peerAddress);
        return new Route(Prefix.parse(prefix), PathAttributes.of(AsPath.EMPTY, Origin.IGP, address),
                RouteSource.ibgp(LOCAL_AS, address, address, false));
    }

    static Route local(String prefix) {
        return new Route(Prefix.parse(prefix), PathAttributes.of(AsPath.EMPTY, Origin.IGP, 0),
                RouteSource.local(LOCAL_AS, Ipv4.parse("192.0.2.1")));
    }
}
