package org.anycastsim.scenarios.world;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Topology;

/**
 * Builds the eyeball networks: each its own AS (private ASNs from 64512, RFC 6996, in plan order)
 * with one border router at its location and a client block (consecutive blocks of
 * {@code clientBlockPool}). It buys transit (it is the CUSTOMER) from the routers nearest to it
 * of {@code eyeballUpstreams} different networks, routers in its own country first, then on its
 * continent: access networks buy from carriers with a local presence. One of them is the nearest
 * router, within {@code operatorTransitRadiusKm}, of one of the operator's providers: the operator
 * chose its providers among the carriers that serve each region's eyeballs, and a large access
 * network buys from several carriers, so that one of them is likely among the operator's. Without
 * it an eyeball network reaches the operator only through tier-1s whose customer route (local
 * preference) may lead to a regional provider of the operator on another continent. (The
 * operator's transit peer AS1273 is no such shortcut: it prefers its customer RBNet's route.)
 * {@code upstreamOverrides} and eyeball_upstreams_2013.csv pin the upstreams of chosen networks
 * (at a given metro or nearest to the network). Then the largest of the
 * networks within {@code peeringRadiusKm} of a PoP (a {@code peeringShare} of them, rounded)
 * peer with the operator at their nearest PoP, as at an IXP; networks with pinned upstreams do
 * not, their connectivity being given (China's incumbents had no peering with AS13335 in CAIDA's
 * 2013 file).
 */
final class Eyeballs {
    static final int FIRST_PRIVATE_ASN = 64512;
    static final int LAST_PRIVATE_ASN = 65534;

    private Eyeballs() {}

    /**
     * @param operatorProviders AS numbers of the operator's providers
     */
    static List<Eyeball> build(Topology t, SessionPlan.Builder sessions, List<EyeballSpec> specs,
            List<TransitAs> transit, Set<Integer> operatorProviders, Map<String, Router> popRouters,
            Function<Router, Metro> metroOf, Cloudflare2013Options o, List<String> notes) {
        int blocks = 1 << Math.min(30, o.clientBlockLength() - o.clientBlockPool().length());
        for (String code : o.upstreamOverrides().keySet()) {
            if (specs.stream().noneMatch(e -> e.code().equals(code))) {
                throw new IllegalArgumentException("upstreamOverrides: no eyeball network '" + code
                        + "' in this world");
            }
        }
        if (specs.size() > blocks || FIRST_PRIVATE_ASN + specs.size() - 1 > LAST_PRIVATE_ASN) {
            throw new IllegalArgumentException(specs.size() + " eyeball networks do not fit: " + blocks
                    + " client blocks of /" + o.clientBlockLength() + " in " + o.clientBlockPool() + ", "
                    + (LAST_PRIVATE_ASN - FIRST_PRIVATE_ASN + 1) + " private ASNs");
        }
        List<Router> routers = transit.stream().flatMap(x -> x.routers().stream()).toList();
        List<ClientNetwork> nodes = new ArrayList<>();
        List<List<Router>> upstreams = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            EyeballSpec e = specs.get(i);
            AutonomousSystem as = t.addAs(FIRST_PRIVATE_ASN + i, "Eyeballs " + e.name(), AsRole.EYEBALL);
            Prefix block = new Prefix(o.clientBlockPool().address() + (i << (32 - o.clientBlockLength())),
                    o.clientBlockLength());
            ClientNetwork node = t.addClient("eb-" + e.code(), as, e.location(), e.country(), e.continent(), e.users(),
                    block);
            List<UpstreamPin> pinned = o.pinnedUpstreams(e.code());
            List<Router> chosen = pinned != null ? pinnedUpstreams(node, pinned, transit)
                    : upstreamsOf(node, e.continent(), routers, metroOf, operatorProviders, o);
            for (Router r : chosen) {
                Link link = Wan.connect(t, node, r, o.propagation(), o.links().eyeballUplinkBps(),
                        o.links().minWanDelayNanos());
                sessions.ebgp(node, r, link, PeeringRelation.PROVIDER);
            }
            nodes.add(node);
            upstreams.add(chosen);
        }
        List<ClientNetwork> mayPeer = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (o.pinnedUpstreams(specs.get(i).code()) == null) {
                mayPeer.add(nodes.get(i));
            }
        }
        Map<ClientNetwork, String> peeringPop = peer(t, sessions, mayPeer, popRouters, o, notes);
        List<Eyeball> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            EyeballSpec e = specs.get(i);
            out.add(new Eyeball(nodes.get(i), e.name(), e.members(), e.users(), upstreams.get(i),
                    peeringPop.get(nodes.get(i))));
        }
        return out;
    }

    /**
     * Routers in the eyeball's own country first, then on its continent, then anywhere; nearest
     * first; between routers of several networks in one metro (equal distance), a hash of the
     * eyeball's and the network's names decides, so that ties do not always go to the same network.
     * The best-ranked router of one of the operator's providers within {@code operatorTransitRadiusKm}
     * is taken first, then the best-ranked of the other networks.
     */
    private static List<Router> upstreamsOf(ClientNetwork node, String continent, List<Router> routers,
            Function<Router, Metro> metroOf, Set<Integer> operatorProviders, Cloudflare2013Options o) {
        List<Candidate> ranked = new ArrayList<>(routers.size());
        for (Router r : routers) {
            ranked.add(new Candidate(r, closeness(node, continent, metroOf.apply(r)),
                    r.location().distanceKm(node.location()), tieBreak(node, r)));
        }
        ranked.sort(Comparator.comparingInt(Candidate::closeness).thenComparingDouble(Candidate::km)
                .thenComparingInt(Candidate::tieBreak).thenComparingInt(c -> c.router().id()));
        List<Router> chosen = new ArrayList<>();
        Set<Integer> networks = new HashSet<>();
        for (Candidate c : ranked) {
            if (operatorProviders.contains(c.router().asn()) && c.km() <= o.operatorTransitRadiusKm()) {
                chosen.add(c.router());
                networks.add(c.router().asn());
                break;
            }
        }
        for (Candidate c : ranked) {
            if (chosen.size() >= o.eyeballUpstreams()) {
                break;
            }
            if (networks.add(c.router().asn())) {
                chosen.add(c.router());
            }
        }
        return chosen;
    }

    /** For each pin in order: its AS's router at its metro, or the one nearest to {@code node}. */
    private static List<Router> pinnedUpstreams(ClientNetwork node, List<UpstreamPin> pins, List<TransitAs> transit) {
        List<Router> out = new ArrayList<>();
        for (UpstreamPin pin : pins) {
            TransitAs x = transit.stream().filter(n -> n.asn() == pin.asn()).findFirst().orElseThrow();
            if (pin.metro() != null) {
                Router r = x.routerAtMetro().get(pin.metro());
                if (r == null) {
                    throw new IllegalArgumentException(node.name() + ": " + x.as().label() + " has no router at "
                            + pin.metro());
                }
                out.add(r);
                continue;
            }
            out.add(x.routers().stream()
                    .min(Comparator.<Router>comparingDouble(r -> r.location().distanceKm(node.location()))
                            .thenComparingInt(Router::id))
                    .orElseThrow());
        }
        return out;
    }

    /** A router ranked for one eyeball network (keys computed once, not at every comparison). */
    private record Candidate(Router router, int closeness, double km, int tieBreak) {}

    private static int closeness(ClientNetwork node, String continent, Metro metro) {
        return node.country().equals(metro.country()) ? 0 : continent.equals(metro.continent()) ? 1 : 2;
    }

    private static int tieBreak(ClientNetwork node, Router r) {
        return Hashing.murmur3_32_fixed()
                .hashString(node.name() + "|" + r.as().label(), StandardCharsets.UTF_8).asInt();
    }

    private static Map<ClientNetwork, String> peer(Topology t, SessionPlan.Builder sessions, List<ClientNetwork> nodes,
            Map<String, Router> popRouters, Cloudflare2013Options o, List<String> notes) {
        Map<ClientNetwork, String> nearestPop = new LinkedHashMap<>();
        for (ClientNetwork n : nodes) {
            String best = null;
            double bestKm = Double.POSITIVE_INFINITY;
            for (Map.Entry<String, Router> pop : popRouters.entrySet()) {
                double km = pop.getValue().location().distanceKm(n.location());
                if (km < bestKm) {
                    best = pop.getKey();
                    bestKm = km;
                }
            }
            if (best != null && bestKm <= o.peeringRadiusKm()) {
                nearestPop.put(n, best);
            }
        }
        int count = (int) Math.round(o.peeringShare() * nearestPop.size());
        List<ClientNetwork> peers = nearestPop.keySet().stream()
                .sorted(Comparator.comparingDouble(ClientNetwork::demandWeight).reversed()
                        .thenComparingInt(ClientNetwork::id))
                .limit(count)
                .toList();
        Map<ClientNetwork, String> out = new LinkedHashMap<>();
        for (ClientNetwork n : peers) {
            Router pop = popRouters.get(nearestPop.get(n));
            Link link = Wan.connect(t, n, pop, o.propagation(), o.links().peeringBps(), o.links().minWanDelayNanos());
            sessions.ebgp(n, pop, link, PeeringRelation.PEER);
            out.put(n, nearestPop.get(n));
        }
        notes.add(String.format(Locale.ROOT, "%d of %d eyeball networks within %.0f km of a PoP peer with the operator"
                + " (share %.2f, largest by users first)", peers.size(), nearestPop.size(), o.peeringRadiusKm(),
                o.peeringShare()));
        return out;
    }
}
