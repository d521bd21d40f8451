package org.anycastsim.scenarios.world;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.Router;

/**
 * A transit network as built into a world.
 *
 * @param as              the AS (role TIER1 or TRANSIT)
 * @param routers         its backbone routers
 * @param routerAtMetro   metro code -> the router serving that metro (where it meets other networks)
 * @param backbone        where the backbone came from: "metros" or "Topology Zoo: Cogentco"
 * @param ibgp            full mesh or route reflection
 * @param routeReflectors the reflectors, empty for a full mesh
 */
public record TransitAs(AutonomousSystem as, List<Router> routers, Map<String, Router> routerAtMetro, String backbone,
        IbgpDesign ibgp, List<Router> routeReflectors) {
    public TransitAs {
        Objects.requireNonNull(as, "as");
        routers = List.copyOf(routers);
        routerAtMetro = Collections.unmodifiableMap(new LinkedHashMap<>(routerAtMetro));
        Objects.requireNonNull(backbone, "backbone");
        Objects.requireNonNull(ibgp, "ibgp");
        routeReflectors = List.copyOf(routeReflectors);
    }

    /** A network modelled as one router (textbook worlds, AS-level graphs): nothing to mesh. */
    public static TransitAs singleRouter(AutonomousSystem as, Router router) {
        return new TransitAs(as, List.of(router), Map.of(), "single router", IbgpDesign.FULL_MESH, List.of());
    }

    public int asn() {
        return as.asn();
    }

    public AsRole role() {
        return as.role();
    }

    /** The metros it is present in, in the order of its list (hubs first). */
    public List<String> metros() {
        return List.copyOf(routerAtMetro.keySet());
    }
}
