package org.anycastsim.report.chart;

import org.anycastsim.report.data.Catchment;
import org.anycastsim.report.data.CatchmentRow;
import org.anycastsim.report.data.EventKind;
import org.anycastsim.report.data.InjectedEvent;
import org.anycastsim.report.data.LogEvent;
import org.anycastsim.report.data.Metrics;
import org.anycastsim.report.data.RunData;
import org.anycastsim.report.data.TimeSeries;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every chart of one run shares: the data, the PoP colours, the failure markers, the
 * time span, and which PoP and nodes the failures hit.
 *
 * @param affectedPop the PoP of the first failure's node, if it can be told
 * @param failedNodes the nodes the scenario injected failures into
 */
public record ChartContext(RunData run, Palette palette, List<FailureMarkers.Mark> marks, double start, double end,
                           Optional<String> affectedPop, Set<String> failedNodes) {

    public static ChartContext of(RunData run) {
        ChartFiles.ensureHeadless();
        TimeSeries ts = run.timeSeries();
        Set<String> pops = new LinkedHashSet<>();
        for (String metric : List.of(Metrics.POP_SERVED_RPS, Metrics.POP_OFFERED_RPS, Metrics.POP_UTILISATION)) {
            pops.addAll(ts.entities(metric));
        }
        for (Catchment catchment : run.catchments()) {
            for (CatchmentRow row : catchment.rows()) {
                row.reachedPop().ifPresent(pops::add);
            }
        }
        Set<String> failed = new LinkedHashSet<>();
        for (InjectedEvent event : run.summary().events()) {
            failed.add(event.targetNode());
        }
        double end = Math.max(ts.endTime(), run.summary().durationSeconds());
        return new ChartContext(run, new Palette(pops), FailureMarkers.of(run), 0, end,
                affectedPop(run, pops), failed);
    }

    /**
     * The PoP of the first failure: the {@code pop} of the first failure in the event log,
     * else the group of the first injected target in the time series, else a PoP code that
     * prefixes the target's name ({@code SJC-r1}).
     */
    static Optional<String> affectedPop(RunData run, Set<String> pops) {
        for (LogEvent event : run.events()) {
            if (event.kind() == EventKind.FAILURE && event.pop() != null) {
                return Optional.of(event.pop());
            }
        }
        if (run.summary().events().isEmpty()) {
            return Optional.empty();
        }
        String node = run.summary().events().get(0).targetNode();
        Optional<String> group = run.timeSeries().groupOf(node);
        if (group.isPresent()) {
            return group;
        }
        if (pops.contains(node)) {
            return Optional.of(node);
        }
        int dash = node.indexOf('-');
        return dash > 0 && pops.contains(node.substring(0, dash)) ? Optional.of(node.substring(0, dash)) : Optional.empty();
    }

    /** The parts that are not empty, joined for a subtitle. */
    static String subtitle(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part);
            }
        }
        return String.join(" · ", kept);
    }

    /** The scenario and seed, first in every subtitle: a chart copied into a post-mortem stays identifiable. */
    String runLabel() {
        return run.summary().scenario() + ", seed " + run.summary().seed();
    }
}
