package org.anycastsim.scenarios.scenario.hosts;

import java.util.Map;
import org.anycastsim.scenarios.scenario.Maps;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * The {@code hosts} section.
 *
 * @param capacityRps what one server can serve, in requests per second, by service
 * @param weights     a server's weight (the MED of all its routes; lowest wins), by server name
 */
public record HostsSpec(Map<String, Double> capacityRps, Map<String, Long> weights, MonitorSpec monitor,
        ControlServerSpec controlServer, RepairSpec repair, Where where) {

    public HostsSpec {
        capacityRps = Maps.copy(capacityRps);
        weights = Maps.copy(weights);
    }

    /** The weight of servers not listed, as in the seed's BIRD configurations. */
    public static final long DEFAULT_WEIGHT = 10;

    public static HostsSpec defaults(Where where) {
        return new HostsSpec(Map.of(), Map.of(), MonitorSpec.none(where), ControlServerSpec.none(where),
                RepairSpec.none(where), where);
    }
}
