package org.anycastsim.scenarios.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * have a router: tier-1 peers at up to six ({@code tier1InterconnectsPerPair}), a customer and
 * its provider, or two smaller peers, at up to eight ({@code transitInterconnectsPerPair}): a
 * transit customer connects to its provider in most regions where both are present, and with
 * few meeting points the provider's customer preference would haul traffic across continents
 * to reach it. Several meeting points are what lets hot potato work: each network hands traffic
 * over at the one nearest to where it entered.
 *
 * <p>Carriers meet at the interconnection hubs, the colocation campuses where most of them are
 * (Ashburn, New York, London, Amsterdam, Frankfurt, Hong Kong, ...), and in every region they
 * share. So the shared metros are ranked by how many of the world's networks have a router there
 * (ties: the first network's list order, its hubs first), and taken region by region: in each
 * round, per continent, the best-ranked metro at least {@value #HUB_SPACING_KM} km from those
 * already chosen; when no continent has one left, the rest in rank order. So a second hub close
 * to a chosen one (Amsterdam after London, San Jose after Los Angeles) comes only after every
 * region the two networks share has its hubs. Networks that share no metro are joined at their
 * two closest routers.
 */
final class Interconnects {
    /** Hubs closer than this serve one region: a second interconnect there waits for the other regions. */
    static final double HUB_SPACING_KM = 500;

    private Interconnects() {}

    /** Declares the links and sessions; returns notes on pairs that needed the fallback. */
    static List<String> connect(Topology t, SessionPlan.Builder sessions, Map<Integer, TransitAs> transit,
            AsRelationships relationships, Cloudflare2013Options o) {
        List<String> notes = new ArrayList<>();
        Map<String, Metro> metros = WorldData.get().metros();
        Map<String, Integer> presence = new HashMap<>();
        for (TransitAs x : transit.values()) {
            x.routerAtMetro().keySet().forEach(code -> presence.merge(code, 1, Integer::sum));
        }
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
            for (String code : hubsFirst(shared, wanted, metros, presence)) {
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

    /**
     * Up to {@code k} of {@code shared}: ranked by {@code presence} (stable, so ties keep the list
     * order), then region by region as the class comment says.
     */
    static List<String> hubsFirst(List<String> shared, int k, Map<String, Metro> metros,
            Map<String, Integer> presence) {
        List<String> ranked = new ArrayList<>(shared);
        ranked.sort(Comparator.comparingInt((String code) -> presence.getOrDefault(code, 0)).reversed());
        Map<String, List<String>> byContinent = new LinkedHashMap<>();
        for (String code : ranked) {
            byContinent.computeIfAbsent(metros.get(code).continent(), c -> new ArrayList<>()).add(code);
        }
        List<String> chosen = new ArrayList<>();
        boolean added = true;
        while (added && chosen.size() < k) {
            added = false;
            for (List<String> region : byContinent.values()) {
                String next = region.stream().filter(code -> !chosen.contains(code))
                        .filter(code -> farFrom(code, chosen, metros)).findFirst().orElse(null);
                if (next != null && chosen.size() < k) {
                    chosen.add(next);
                    added = true;
                }
            }
        }
        for (String code : ranked) {
            if (chosen.size() < k && !chosen.contains(code)) {
                chosen.add(code);
            }
        }
        return chosen;
    }

    private static boolean farFrom(String code, List<String> chosen, Map<String, Metro> metros) {
        for (String c : chosen) {
            if (metros.get(code).location().distanceKm(metros.get(c).location()) < HUB_SPACING_KM) {
                return false;
            }
        }
        return true;
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
