package org.anycastsim.scenarios.run;

import java.util.List;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.Topology;
import org.anycastsim.core.traffic.demand.ClientScope;
import org.anycastsim.core.traffic.demand.DdosAttack;
import org.anycastsim.core.traffic.demand.Demand;
import org.anycastsim.core.traffic.demand.DiurnalProfile;
import org.anycastsim.core.traffic.demand.FlashCrowd;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction;
import org.anycastsim.scenarios.scenario.traffic.Attack;
import org.anycastsim.scenarios.scenario.traffic.TrafficSpec;

/**
 * The scenario's demand: a rate per service split by the clients' weights, the diurnal swing,
 * flash crowds, and attacks. An attack runs from its {@code start} (or its {@code start-attack}
 * action) to its {@code stop} (or its {@code stop-attack} action); an attack from several places
 * is split evenly over them.
 */
final class DemandFactory {
    private DemandFactory() {}

    static Demand build(Topology topology, TrafficSpec spec, List<TimelineAction> timeline) {
        Demand.Builder b = Demand.builder(topology);
        spec.services().forEach((service, t) -> b.serviceRate(service, t.rateRps()));
        spec.diurnalAmplitude().ifPresent(a -> b.diurnal(DiurnalProfile.of(a, 14.0)));
        for (var crowd : spec.flashCrowds()) {
            if (crowd.region().isPresent()) {
                b.flashCrowd(new FlashCrowd(ClientScope.region(crowd.region().get()), crowd.factor(), crowd.start(), crowd.stop()));
            }
            for (String client : crowd.clients()) {
                b.flashCrowd(new FlashCrowd(ClientScope.country(client), crowd.factor(), crowd.start(), crowd.stop()));
            }
        }
        for (Attack a : spec.attacks()) {
            long start = a.start().orElse(actionTime(timeline, a.name(), true, 0));
            long stop = a.stop().orElse(actionTime(timeline, a.name(), false, SimTime.NEVER));
            double each = a.rateRps() / Math.max(1, a.from().size());
            for (String from : a.from()) {
                b.attack(new DdosAttack(ClientScope.country(from), a.target(), each, start, stop));
            }
        }
        return b.build();
    }

    private static long actionTime(List<TimelineAction> timeline, String attack, boolean start, long fallback) {
        for (TimelineAction t : timeline) {
            if (start && t instanceof TimelineAction.StartAttack s && s.attack().equals(attack)) {
                return s.at();
            }
            if (!start && t instanceof TimelineAction.StopAttack s && s.attack().equals(attack)) {
                return s.at();
            }
        }
        return fallback;
    }
}
