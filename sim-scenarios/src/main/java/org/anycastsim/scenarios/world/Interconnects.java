package org.anycastsim.scenarios.world;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.anycastsim.core.geo.PropagationModel;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Topology;
import org.anycastsim.scenarios.importer.AsLink;
import org.anycastsim.scenarios.importer.AsRelationships;
import org.anycastsim.scenarios.importer.Relationship;

/**
 * Links and eBGP sessions between transit networks, one set per business relationship of the
 * 2013 AS graph whose two ASes are both in the world. Two networks meet in metros where both
 * have a router: tier-1 peers at up to three ({@code tier1InterconnectsPerPair}), a customer and
 * its provider, or two smaller peers, at up to eight ({@code transitInterconnectsPerPair}): a
 * transit customer connects to its provider in most regions where both are present, and with
 * few meeting points the provider's customer preference would haul traffic across continents
 * to reach it. Several meeting points are what lets hot potato work: each network hands traffic
 * over at the one nearest to where it entered. The metros are chosen far apart: first the
 * earliest shared metro in the first network's list (its hubs come first), then repeatedly the
 * shared metro farthest from those already chosen. Networks that share no metro are joined at
 * their two closest routers.
 */
final class Interconnects {
    private Interconnects() {}

    /** Declares the links and sessions; returns notes on pairs that needed the fallback. */
    static List<String> connect(Topology t, SessionPlan.Builder sessions, Map<Integer, TransitAs> transit,
            AsRelationships relationships, Cloudflare2013Options o) {
        List<String> notes = new ArrayList<>();
        Map<String, Metro> metros = WorldData.get().metros();
        for (AsLink rel : relationships.links()) {
            TransitAs x = transit.get((int) rel.as1());
            TransitAs y = transit.get((int) rel.as2());
            if (x == null || y == null) {
                continue;
            }
            PeeringRelation yForX = rel.relationship() == Relationship.PROVIDER_TO_CUSTOMER
                    ? PeeringRelation.CUSTOMER : PeeringRelation.PEER;
            boolean tier1Pair = x.role() == AsRole.TIER1 && y.role() == AsRole.TIER1;
            int wanted = tier1Pair ? o.tier1InterconnectsPerPair() : o.transitInterconnectsPerPair();
            List<String> shared = x.metros().stream().filter(y.routerAtMetro()::containsKey).toList();
            Set<String> joined = new HashSet<>();
            for (String code : spread(shared, wanted, metros)) {
                Router a = x.routerAtMetro().get(code);
                Router b = y.routerAtMetro().get(code);
                if (joined.add(a.name() + "|" + b.name())) {
                    join(t, sessions, a, b, yForX, o);
                }
            }
            if (joined.isEmpty()) {
                Router[] closest = closest(x.routers(), y.routers());
                join(t, sessions, closest[0], closest[1], yForX, o);
                notes.add(String.format(Locale.ROOT, "%s and %s share no metro: joined at %s - %s (%.0f km)",
                        x.as().label(), y.as().label(), closest[0], closest[1],
                        closest[0].location().distanceKm(closest[1].location())));
            }
        }
        return notes;
    }

    private static void join(Topology t, SessionPlan.Builder sessions, Router a, Router b, PeeringRelation bForA,
            Cloudflare2013Options o) {
        PropagationModel model = o.propagation();
        Link link = Wan.connect(t, a, b, model, o.links().interconnectBps(), o.links().minWanDelayNanos());
        sessions.ebgp(a, b, link, bForA);
    }

    /** Up to {@code k} of {@code shared}: the first, then each time the one farthest from those chosen. */
    static List<String> spread(List<String> shared, int k, Map<String, Metro> metros) {
        List<String> chosen = new ArrayList<>();
        if (shared.isEmpty()) {
            return chosen;
        }
        chosen.add(shared.get(0));
        while (chosen.size() < Math.min(k, shared.size())) {
            String best = null;
            double bestKm = -1;
            for (String candidate : shared) {
                if (chosen.contains(candidate)) {
                    continue;
                }
                double nearest = Double.POSITIVE_INFINITY;
                for (String c : chosen) {
                    nearest = Math.min(nearest, metros.get(candidate).location().distanceKm(metros.get(c).location()));
                }
                if (nearest > bestKm) {
                    best = candidate;
                    bestKm = nearest;
                }
            }
            chosen.add(best);
        }
        return chosen;
    }

    private static Router[] closest(List<Router> xs, List<Router> ys) {
        Router[] best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (Router a : xs) {
            for (Router b : ys) {
                double km = a.location().distanceKm(b.location());
                if (km < bestKm) {
                    best = new Router[] {a, b};
                    bestKm = km;
                }
            }
        }
        return best;
    }
}
