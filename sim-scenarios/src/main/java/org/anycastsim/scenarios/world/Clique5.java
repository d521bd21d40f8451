package org.anycastsim.scenarios.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Topology;

/**
 * Five ASes in a full mesh of settlement-free peers (ten links, ten eBGP sessions). AS64496
 * originates 192.0.2.0/24 from one PoP (CORE, Frankfurt); AS64497 to AS64500 are client networks
 * in London, Paris, Amsterdam and Milan. Under valley-free export a peer passes on only its own
 * and its customers' routes, so each client reaches the origin over their direct link alone:
 * cutting that link cuts the client off, though three other paths exist physically. A small
 * world to teach export policy (and, with the policy switched off, path exploration).
 */
public final class Clique5 {
    public static final String NAME = "clique-5";
    public static final String DESCRIPTION = "5 ASes in a full mesh of peers: AS64496 originates 192.0.2.0/24 "
            + "from one PoP, AS64497-AS64500 are client networks";

    private static final GeoPoint FRANKFURT = new GeoPoint(50.11, 8.68);
    private static final String[] CITIES = {"London", "Paris", "Amsterdam", "Milan"};
    private static final String[] CODES = {"GB", "FR", "NL", "IT"};
    private static final GeoPoint[] PLACES = {
        new GeoPoint(51.51, -0.13), new GeoPoint(48.86, 2.35), new GeoPoint(52.37, 4.90), new GeoPoint(45.46, 9.19)
    };

    private Clique5() {}

    public static World build(TextbookOptions o) {
        Topology t = new Topology(NAME);
        SessionPlan.Builder sessions = SessionPlan.builder(t);
        AutonomousSystem origin = t.addAs(64496, "Origin", AsRole.OPERATOR);
        Router core = PopLan.build(t, sessions, origin, "CORE", FRANKFURT, o.switchesPerPop(), o.serversPerPop(), o.links());
        List<Node> members = new ArrayList<>(List.of(core));
        List<Eyeball> eyeballs = new ArrayList<>();
        for (int i = 0; i < CITIES.length; i++) {
            AutonomousSystem as = t.addAs(64497 + i, "Clients " + CITIES[i], AsRole.EYEBALL);
            Prefix block = new Prefix(Prefix.parse("198.51.100.0/24").address() + 64 * i, 26);
            ClientNetwork c = t.addClient("eb-" + CITIES[i].toLowerCase(Locale.ROOT), as, PLACES[i], CODES[i],
                    "EU", 1.0, block);
            members.add(c);
            eyeballs.add(new Eyeball(c, "Clients " + CITIES[i], List.of(), 1, List.of(), null));
        }
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Node a = members.get(i);
                Node b = members.get(j);
                sessions.ebgp(a, b, Wan.connect(t, a, b, o.propagation(), o.links().interconnectBps(),
                        o.links().minWanDelayNanos()), PeeringRelation.PEER);
            }
        }
        t.addServicePrefix("dns", Prefix.parse("192.0.2.0/24"));
        Pop pop = new Pop("CORE", "Frankfurt", "DE", "Europe", FRANKFURT, SizeClass.SMALL, o.serversPerPop(), false, List.of());
        return new World(NAME, DESCRIPTION, t, sessions.build(), List.of(pop), List.of(), eyeballs, List.of(), o);
    }
}
