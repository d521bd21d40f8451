package org.anycastsim.scenarios.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.SessionPlan;

/**
 * iBGP inside one transit network. Up to a size limit, a full mesh: every router learns every
 * exit and picks the nearest by IGP cost, which is hot-potato routing exactly. Beyond it, route
 * reflection as large carriers deploy it: per continent, the one or two most central routers
 * (smallest total distance to the continent's routers; two once the continent has four routers)
 * reflect to every other router there, and the reflectors form a full mesh. A client then sees
 * only its reflectors' best paths, chosen from the reflectors' position (path hiding); keeping
 * reflectors per continent keeps that error regional.
 */
final class Ibgp {
    private Ibgp() {}

    /** Declares the sessions; returns the route reflectors (empty for a full mesh). */
    static List<Router> plan(SessionPlan.Builder sessions, List<Router> routers, Function<Router, String> regionOf,
            int fullMeshMaxRouters) {
        if (routers.size() <= fullMeshMaxRouters) {
            for (int i = 0; i < routers.size(); i++) {
                for (int j = i + 1; j < routers.size(); j++) {
                    sessions.ibgp(routers.get(i), routers.get(j));
                }
            }
            return List.of();
        }
        Map<String, List<Router>> regions = new LinkedHashMap<>();
        for (Router r : routers) {
            regions.computeIfAbsent(regionOf.apply(r), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<Router>> reflectorsOf = new LinkedHashMap<>();
        List<Router> reflectors = new ArrayList<>();
        regions.forEach((region, members) -> {
            List<Router> chosen = mostCentral(members, members.size() >= 4 ? 2 : 1);
            reflectorsOf.put(region, chosen);
            reflectors.addAll(chosen);
        });
        for (int i = 0; i < reflectors.size(); i++) {
            for (int j = i + 1; j < reflectors.size(); j++) {
                sessions.ibgp(reflectors.get(i), reflectors.get(j));
            }
        }
        Set<Router> isReflector = new HashSet<>(reflectors);
        for (Router r : routers) {
            if (!isReflector.contains(r)) {
                for (Router rr : reflectorsOf.get(regionOf.apply(r))) {
                    sessions.reflectorClient(rr, r);
                }
            }
        }
        return List.copyOf(reflectors);
    }

    private static List<Router> mostCentral(List<Router> members, int count) {
        return members.stream()
                .sorted(Comparator.<Router>comparingDouble(r -> totalKm(r, members)).thenComparingInt(Router::id))
                .limit(count)
                .toList();
    }

    private static double totalKm(Router r, List<Router> members) {
        double sum = 0;
        for (Router m : members) {
            sum += r.location().distanceKm(m.location());
        }
        return sum;
    }
}
