package org.anycastsim.scenarios.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Topology;

/** Builds a transit network's routers, backbone and iBGP, from its metro list or from a Zoo graph. */
final class TransitNetworks {
    private TransitNetworks() {}

    /** Routers {@code AS<asn>-<metro>} at the metros of {@code spec}, joined by {@link Backbone}. */
    static TransitAs fromMetros(Topology t, SessionPlan.Builder sessions, AutonomousSystem as, TransitAsSpec spec,
            Cloudflare2013Options o, Function<Router, String> continentOf) {
        Map<String, Metro> metros = WorldData.get().metros();
        Map<String, Router> atMetro = new LinkedHashMap<>();
        List<Router> routers = new ArrayList<>();
        for (String code : spec.metros()) {
            Router r = t.addRouter("AS" + spec.asn() + "-" + code, as, metros.get(code).location(), null);
            atMetro.put(code, r);
            routers.add(r);
        }
        Backbone.join(t, routers, o.backboneNearestNeighbours(), o.propagation(), o.links().backboneBps(),
                o.links().minWanDelayNanos());
        List<Router> reflectors = Ibgp.plan(sessions, routers, continentOf, o.fullMeshMaxRouters());
        return new TransitAs(as, routers, atMetro, "metros", design(reflectors), reflectors);
    }

    /**
     * Routers and links from a bundled Zoo graph; the router serving a metro is the one nearest to
     * it within {@code metroRadiusKm}, if any.
     */
    static TransitAs fromZoo(Topology t, SessionPlan.Builder sessions, AutonomousSystem as, String graph,
            Cloudflare2013Options o, Function<Router, String> continentOf) {
        ZooBackbone.Attached zoo = ZooBackbone.attach(t, as, ZooBackbone.load(graph), o.propagation(),
                o.links().backboneBps(), o.links().minWanDelayNanos());
        Map<String, Router> atMetro = new LinkedHashMap<>();
        for (Metro m : WorldData.get().metros().values()) {
            Router best = null;
            double bestKm = o.metroRadiusKm();
            for (Router r : zoo.routers()) {
                double km = r.location().distanceKm(m.location());
                if (km <= bestKm) {
                    best = r;
                    bestKm = km;
                }
            }
            if (best != null) {
                atMetro.put(m.code(), best);
            }
        }
        List<Router> reflectors = Ibgp.plan(sessions, zoo.routers(), continentOf, o.fullMeshMaxRouters());
        return new TransitAs(as, zoo.routers(), atMetro, "Topology Zoo: " + graph, design(reflectors), reflectors);
    }

    private static IbgpDesign design(List<Router> reflectors) {
        return reflectors.isEmpty() ? IbgpDesign.FULL_MESH : IbgpDesign.ROUTE_REFLECTION;
    }
}
