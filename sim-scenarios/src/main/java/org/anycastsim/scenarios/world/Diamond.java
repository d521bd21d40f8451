package org.anycastsim.scenarios.world;

import java.util.List;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Topology;

/**
 * The textbook diamond, with anycast: an origin AS (64500) announces 192.0.2.0/24 from two PoPs,
 * WEST (San Jose) behind transit AS64501 (router in Denver) and EAST (Ashburn) behind transit
 * AS64502 (router in Chicago); the client AS64503 (Kansas City) buys from both transits. Both
 * paths are two AS hops long, so the client's choice falls to the decision process's tie-breakers
 * (lowest router ID: via AS64501 to WEST); failing WEST moves it to EAST. AS numbers and addresses
 * are from the documentation ranges (RFC 5398, RFC 5737).
 */
public final class Diamond {
    public static final String NAME = "diamond";
    public static final String DESCRIPTION = "4 ASes: origin AS64500 anycasts 192.0.2.0/24 from PoPs WEST and EAST, "
            + "behind transits AS64501 and AS64502; client AS64503 buys from both";

    private static final GeoPoint SAN_JOSE = new GeoPoint(37.34, -121.89);
    private static final GeoPoint ASHBURN = new GeoPoint(39.04, -77.49);
    private static final GeoPoint DENVER = new GeoPoint(39.74, -104.99);
    private static final GeoPoint CHICAGO = new GeoPoint(41.88, -87.63);
    private static final GeoPoint KANSAS_CITY = new GeoPoint(39.10, -94.58);

    private Diamond() {}

    public static World build(TextbookOptions o) {
        Topology t = new Topology(NAME);
        SessionPlan.Builder sessions = SessionPlan.builder(t);
        AutonomousSystem origin = t.addAs(64500, "Origin", AsRole.OPERATOR);
        AutonomousSystem left = t.addAs(64501, "Transit West", AsRole.TRANSIT);
        AutonomousSystem right = t.addAs(64502, "Transit East", AsRole.TRANSIT);
        AutonomousSystem clients = t.addAs(64503, "Clients", AsRole.EYEBALL);

        Router west = PopLan.build(t, sessions, origin, "WEST", SAN_JOSE, o.switchesPerPop(), o.serversPerPop(), o.links());
        Router east = PopLan.build(t, sessions, origin, "EAST", ASHBURN, o.switchesPerPop(), o.serversPerPop(), o.links());
        Router transitWest = t.addRouter("AS64501-DEN", left, DENVER, null);
        Router transitEast = t.addRouter("AS64502-CHI", right, CHICAGO, null);
        ClientNetwork client = t.addClient("eb-client", clients, KANSAS_CITY, "US", "NA", 1.0,
                Prefix.parse("198.51.100.0/24"));

        ebgp(t, sessions, west, transitWest, PeeringRelation.PROVIDER, o);
        ebgp(t, sessions, east, transitEast, PeeringRelation.PROVIDER, o);
        ebgp(t, sessions, client, transitWest, PeeringRelation.PROVIDER, o);
        ebgp(t, sessions, client, transitEast, PeeringRelation.PROVIDER, o);
        t.addServicePrefix("dns", Prefix.parse("192.0.2.0/24"));

        List<Pop> pops = List.of(
                new Pop("WEST", "San Jose", "US", "North America", SAN_JOSE, SizeClass.SMALL, o.serversPerPop(), false,
                        List.of(64501)),
                new Pop("EAST", "Ashburn", "US", "North America", ASHBURN, SizeClass.SMALL, o.serversPerPop(), false,
                        List.of(64502)));
        List<TransitAs> transit = List.of(TransitAs.singleRouter(left, transitWest), TransitAs.singleRouter(right, transitEast));
        List<Eyeball> eyeballs = List.of(new Eyeball(client, "Clients", List.of(), 1, List.of(transitWest, transitEast), null));
        return new World(NAME, DESCRIPTION, t, sessions.build(), pops, transit, eyeballs, List.of(), o);
    }

    private static void ebgp(Topology t, SessionPlan.Builder sessions, Node a, Router b,
            PeeringRelation bForA, TextbookOptions o) {
        Link link = Wan.connect(t, a, b, o.propagation(), o.links().interconnectBps(), o.links().minWanDelayNanos());
        sessions.ebgp(a, b, link, bForA);
    }
}
