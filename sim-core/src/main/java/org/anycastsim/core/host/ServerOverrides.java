package org.anycastsim.core.host;

import java.util.Map;
import java.util.Set;
import org.anycastsim.core.net.Prefix;

/**
 * What one server does differently from the defaults.
 *
 * @param services    the services it runs (null: all of the catalog)
 * @param capacityRps per-service capacities that replace the specs' (missing: the spec's)
 * @param weights     per-prefix weights (MED) that replace the default weight: "each server
 *                    assigns its own weight to each IPs route"
 */
public record ServerOverrides(Set<String> services, Map<String, Double> capacityRps, Map<Prefix, Long> weights) {
    public static final ServerOverrides NONE = new ServerOverrides(null, Map.of(), Map.of());

    public ServerOverrides {
        services = services == null ? null : Set.copyOf(services);
        capacityRps = Map.copyOf(capacityRps);
        weights = Map.copyOf(weights);
    }

    public ServerOverrides withServices(Set<String> v) {
        return new ServerOverrides(v, capacityRps, weights);
    }

    public ServerOverrides withCapacityRps(Map<String, Double> v) {
        return new ServerOverrides(services, v, weights);
    }

    public ServerOverrides withWeights(Map<Prefix, Long> v) {
        return new ServerOverrides(services, capacityRps, v);
    }

    boolean runs(String service) {
        return services == null || services.contains(service);
    }
}
