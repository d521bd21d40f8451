package org.anycastsim.report.narrative;

import org.anycastsim.report.data.EventKind;
import org.anycastsim.report.data.InjectedEvent;
import org.anycastsim.report.data.LogEvent;
import org.anycastsim.report.data.RunData;
import org.anycastsim.report.data.Summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells a run step by step from its event log and its summary.
 *
 * <p>Events keep strict time order (ties keep the log's order). A failure of a PoP makes
 * every router on the Internet change its route, hundreds of lines that would bury the
 * story: a run of consecutive routing events longer than {@value #COLLAPSE_ABOVE} shows a
 * few of its lines and then one line that counts the rest ("... and 212 more route changes
 * across 40 routers until 62.100s"). The convergence times the summary
 * measured are placed in the story at the moment they happened.
 */
public final class Narrator {

    static final int SHOWN_PER_BURST = 3;
    static final int COLLAPSE_ABOVE = 5;
    /** A story longer than this is cut, pointing to the log: nobody reads further on a page. */
    static final int MAX_LINES = 400;

    private Narrator() {
    }

    public static Narrative tell(RunData run) {
        return tell(run.events(), run.summary());
    }

    public static Narrative tell(List<LogEvent> log, Summary summary) {
        List<Step> steps = new ArrayList<>();
        List<LogEvent> events = log;
        if (events.isEmpty()) {
            events = injectedOnly(summary);
        }
        for (int i = 0; i < events.size(); i++) {
            steps.add(new Step(events.get(i).t(), 0, i, events.get(i), null));
        }
        int order = 0;
        for (InjectedEvent injected : summary.events()) {
            for (NarrativeLine milestone : milestones(injected, summary.durationSeconds())) {
                steps.add(new Step(milestone.t(), 1, order++, null, milestone));
            }
        }
        // Strict time order; at equal times the logged events come first, each group in its own order.
        steps.sort(Comparator.comparingDouble(Step::t).thenComparingInt(Step::group).thenComparingInt(Step::order));

        EventPhrases phrases = new EventPhrases();
        List<NarrativeLine> lines = new ArrayList<>();
        int i = 0;
        while (i < steps.size() && lines.size() < MAX_LINES) {
            Step step = steps.get(i);
            if (step.milestone() != null) {
                lines.add(step.milestone());
                i++;
                continue;
            }
            int end = i;
            while (end < steps.size() && steps.get(end).event() != null && steps.get(end).event().kind().isRouting()) {
                end++;
            }
            if (end - i > COLLAPSE_ABOVE) {
                collapseBurst(steps.subList(i, end), phrases, lines);
                i = end;
            } else {
                lines.add(phrases.phrase(step.event()));
                i++;
            }
        }
        if (i < steps.size()) {
            int rest = steps.size() - i;
            lines.add(new NarrativeLine(steps.get(i).t(), Tone.SUMMARY, String.format(Locale.ROOT,
                    "... and %d more steps until %.3fs: see events.jsonl", rest, steps.get(steps.size() - 1).t()), ""));
        }
        return new Narrative(lines, log.size());
    }

    /**
     * A flood of routing events: its first event and the first of each other kind (so that a
     * withdrawal and the route change it causes both appear), filled up to
     * {@value #SHOWN_PER_BURST} lines, then one line that counts the rest. The count line
     * comes last, so the story stays in time order.
     */
    private static void collapseBurst(List<Step> burst, EventPhrases phrases, List<NarrativeLine> lines) {
        Set<Integer> shown = new TreeSet<>();
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (int k = 0; k < burst.size(); k++) {
            if (kinds.add(burst.get(k).event().kind())) {
                shown.add(k);
            }
        }
        for (int k = 0; shown.size() < SHOWN_PER_BURST; k++) {
            shown.add(k);
        }
        List<Step> hidden = new ArrayList<>();
        for (int k = 0; k < burst.size(); k++) {
            if (shown.contains(k)) {
                lines.add(phrases.phrase(burst.get(k).event()));
            } else {
                hidden.add(burst.get(k));
            }
        }
        double lastShown = lines.get(lines.size() - 1).t();
        lines.add(collapsed(hidden, Math.max(lastShown, hidden.get(0).t())));
    }

    /** One line for the hidden part of a flood: how many, of which kinds, at how many nodes, until when. */
    private static NarrativeLine collapsed(List<Step> rest, double at) {
        Map<EventKind, Long> byKind = new EnumMap<>(EventKind.class);
        Set<String> nodes = new HashSet<>();
        for (Step step : rest) {
            byKind.merge(step.event().kind(), 1L, Long::sum);
            if (step.event().node() != null) {
                nodes.add(step.event().node());
            }
        }
        double until = rest.get(rest.size() - 1).t();
        String what;
        String where;
        if (byKind.size() == 1) {
            EventKind kind = byKind.keySet().iterator().next();
            what = "more " + EventPhrases.kindNoun(kind, rest.size());
            where = kind == EventKind.ROUTE_CHANGE
                    ? " across " + EventPhrases.count(nodes.size(), "router", "routers")
                    : " by " + EventPhrases.count(nodes.size(), "node", "nodes");
        } else {
            List<String> parts = new ArrayList<>();
            byKind.forEach((kind, n) -> parts.add(n + " " + EventPhrases.kindNoun(kind, n)));
            what = (rest.size() == 1 ? "more routing update" : "more routing updates") + " (" + String.join(", ", parts) + ")";
            where = " at " + EventPhrases.count(nodes.size(), "node", "nodes");
        }
        String text = String.format(Locale.ROOT, "... and %d %s%s until %.3fs", rest.size(), what, where, until);
        return new NarrativeLine(at, Tone.SUMMARY, text, "");
    }

    /** The convergence of an injected event, as one or two steps at the moments it happened. */
    static List<NarrativeLine> milestones(InjectedEvent e, double duration) {
        String cause = e.action() + " " + e.target();
        double control = e.controlPlaneConvergenceSeconds();
        double data = e.dataPlaneConvergenceSeconds();
        List<NarrativeLine> lines = new ArrayList<>();
        if (!e.converged() && (Double.isNaN(control) || Double.isNaN(data))) {
            lines.add(new NarrativeLine(duration, Tone.MILESTONE,
                    "the run ended before the network had converged after " + cause, ""));
        }
        String updates = e.updates() > 0 ? EventPhrases.count(e.updates(), "BGP update", "BGP updates") : "";
        if (!Double.isNaN(control) && !Double.isNaN(data) && Math.abs(control - data) < 1e-3) {
            lines.add(new NarrativeLine(e.at() + control, Tone.MILESTONE, String.format(Locale.ROOT,
                    "routing and traffic converged, %.3f s after %s", control, cause), updates));
            return lines;
        }
        if (!Double.isNaN(control)) {
            lines.add(new NarrativeLine(e.at() + control, Tone.MILESTONE, String.format(Locale.ROOT,
                    "control plane converged: the last routing change caused by %s, %.3f s after it", cause, control), updates));
        }
        if (!Double.isNaN(data)) {
            lines.add(new NarrativeLine(e.at() + data, Tone.MILESTONE, String.format(Locale.ROOT,
                    "data plane converged: traffic served as before %s, %.3f s after it", cause, data), ""));
        }
        return lines;
    }

    /** Without an event log, the injected events are the only steps known. */
    private static List<LogEvent> injectedOnly(Summary summary) {
        List<LogEvent> events = new ArrayList<>();
        for (InjectedEvent e : summary.events()) {
            events.add(LogEvent.of(e.at(), EventKind.FAILURE, null, e.targetNode(), null,
                    "injected: " + e.action() + " " + e.target()));
        }
        return events;
    }

    /** A logged event or a milestone, sortable into one timeline. */
    private record Step(double t, int group, int order, LogEvent event, NarrativeLine milestone) {
    }
}
