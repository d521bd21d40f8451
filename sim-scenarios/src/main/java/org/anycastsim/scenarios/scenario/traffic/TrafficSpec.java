package org.anycastsim.scenarios.scenario.traffic;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.anycastsim.scenarios.scenario.Maps;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * The {@code traffic} section. No section, or no services, means no traffic: a pure routing run.
 *
 * @param services          demand per service, in file order
 * @param sessionsPerSecond sampled sessions started per second on top of the fluid load
 * @param diurnalAmplitude  the day-night swing of demand by local time (0 = flat)
 * @param resolution        the time-series resolution
 */
public record TrafficSpec(Map<String, ServiceTraffic> services, OptionalDouble sessionsPerSecond,
        OptionalDouble diurnalAmplitude, OptionalLong resolution, List<FlashCrowd> flashCrowds, List<Attack> attacks,
        Where where) {

    public TrafficSpec {
        services = Maps.copy(services);
        flashCrowds = List.copyOf(flashCrowds);
        attacks = List.copyOf(attacks);
    }

    public static TrafficSpec none(Where where) {
        return new TrafficSpec(Map.of(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalLong.empty(),
                List.of(), List.of(), where);
    }
}
