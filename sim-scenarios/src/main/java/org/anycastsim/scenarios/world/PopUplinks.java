package org.anycastsim.scenarios.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Topology;

/**
 * A PoP router's eBGP sessions to transit networks: to each of the operator's providers with a
 * router in the PoP's metro (within {@code metroRadiusKm}) the operator is the CUSTOMER; to each
 * transit network the 2013 AS graph lists as the operator's peer (AS1273), a PEER session in
 * the same way. The seed: PoPs "are connected to the rest of the world via multiple providers".
 * A PoP with fewer than {@code minProvidersPerPop} providers in its metro gets ports from the
 * nearest further providers, delivered over a backhaul (a leased wave to the provider's nearest
 * router, at most {@code maxBackhaulKm} away); a PoP with none even then gets the nearest one.
 */
final class PopUplinks {
    private PopUplinks() {}

    /**
     * @param popRouters code -> PoP router, in PoP order
     * @param providers  the operator's providers in the world, in transit order
     * @param peers      transit networks that peer with the operator, in transit order
     * @param notes      receives a line per backhauled port
     * @return code -> the AS numbers of the PoP's providers, in session order
     */
    static Map<String, List<Integer>> attach(Topology t, SessionPlan.Builder sessions, Map<String, Router> popRouters,
            List<TransitAs> providers, List<TransitAs> peers, Cloudflare2013Options o, List<String> notes) {
        Map<String, List<Integer>> providersOf = new LinkedHashMap<>();
        popRouters.forEach((code, pop) -> {
            List<Integer> used = new ArrayList<>();
            for (TransitAs p : providers) {
                Router r = nearest(p, pop);
                if (r.location().distanceKm(pop.location()) <= o.metroRadiusKm()) {
                    uplink(t, sessions, pop, r, PeeringRelation.PROVIDER, o);
                    used.add(p.asn());
                }
            }
            for (TransitAs p : peers) {
                Router r = nearest(p, pop);
                if (r.location().distanceKm(pop.location()) <= o.metroRadiusKm()) {
                    uplink(t, sessions, pop, r, PeeringRelation.PEER, o);
                }
            }
            List<Router> further = providers.stream()
                    .filter(p -> !used.contains(p.asn()))
                    .map(p -> nearest(p, pop))
                    .sorted(Comparator.<Router>comparingDouble(r -> r.location().distanceKm(pop.location()))
                            .thenComparingInt(Router::asn))
                    .toList();
            for (Router r : further) {
                double km = r.location().distanceKm(pop.location());
                boolean needed = used.size() < o.minProvidersPerPop() && km <= o.maxBackhaulKm();
                if (needed || used.isEmpty()) {
                    uplink(t, sessions, pop, r, PeeringRelation.PROVIDER, o);
                    used.add(r.asn());
                    notes.add(String.format(Locale.ROOT, "PoP %s: backhauled transit port to %s at %s (%.0f km)",
                            code, r.as().label(), r.name(), km));
                }
            }
            providersOf.put(code, List.copyOf(used));
        });
        return providersOf;
    }

    private static void uplink(Topology t, SessionPlan.Builder sessions, Router pop, Router transit,
            PeeringRelation relation, Cloudflare2013Options o) {
        Link link = Wan.connect(t, pop, transit, o.propagation(), o.links().popUplinkBps(), o.links().minWanDelayNanos());
        sessions.ebgp(pop, transit, link, relation);
    }

    private static Router nearest(TransitAs network, Router pop) {
        return network.routers().stream()
                .min(Comparator.<Router>comparingDouble(r -> r.location().distanceKm(pop.location()))
                        .thenComparingInt(Router::id))
                .orElseThrow();
    }

    /** Transit networks of {@code all} whose AS numbers are in {@code asns}, in {@code all}'s order. */
    static List<TransitAs> among(List<TransitAs> all, Set<Long> asns) {
        return all.stream().filter(x -> asns.contains((long) x.asn())).toList();
    }
}
