package org.anycastsim.scenarios.run;

import java.util.List;
import java.util.Map;
import org.anycastsim.core.bgp.ConvergenceMonitor;
import org.anycastsim.core.metrics.LogEvent;
import org.anycastsim.core.metrics.TrafficTotals;
import org.anycastsim.core.traffic.Load;
import org.anycastsim.scenarios.scenario.Maps;

/**
 * What a finished run measured, for expectations, the summary and the CLI's table: per injected
 * event its convergence, the traffic totals, the highest PoP utilisation, where clients were seen
 * at given instants, and the event log.
 *
 * @param popPeakUtilisation the highest utilisation each PoP reached, by PoP code in the order the
 *                           time series first sampled them (a sweep's heat map); empty without traffic
 */
public record Measurements(List<InjectedEvent> events, List<ConvergenceMonitor.Window> windows,
        double[] dataPlaneSeconds, TrafficTotals totals, Map<String, Load> perService, double maxPopUtilisation,
        String worstPop, Map<String, Double> popPeakUtilisation, Map<String, String> reachedPops,
        Map<Long, Load> countsAt, List<LogEvent> log, boolean diverged, long simulatedEvents, double wallSeconds) {

    public Measurements {
        popPeakUtilisation = Maps.copy(popPeakUtilisation);
    }

    /** Whether routing settled after every injected event and did not diverge. */
    public boolean converged() {
        return !diverged && windows.stream().allMatch(ConvergenceMonitor.Window::converged);
    }

    /** The convergence window opened by the injected event with this timeline index, or null. */
    ConvergenceMonitor.Window window(int timelineIndex) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).index() == timelineIndex) {
                return windows.get(i + 1);
            }
        }
        return null;
    }

    /** The data-plane convergence of the injected event with this timeline index, NaN when unknown. */
    double dataPlane(int timelineIndex) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).index() == timelineIndex) {
                return dataPlaneSeconds[i];
            }
        }
        return Double.NaN;
    }

    /** The injected event with this timeline index, or null. */
    InjectedEvent event(int timelineIndex) {
        return events.stream().filter(e -> e.index() == timelineIndex).findFirst().orElse(null);
    }
}
