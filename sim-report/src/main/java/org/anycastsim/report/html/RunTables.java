package org.anycastsim.report.html;

import org.anycastsim.report.data.BreakCause;
import org.anycastsim.report.data.Expectation;
import org.anycastsim.report.data.InjectedEvent;
import org.anycastsim.report.data.Summary;
import org.anycastsim.report.data.TrafficTotals;
import org.anycastsim.report.narrative.KeyFigures;

import java.util.Locale;
import java.util.Map;

/** The tables of a run: its figures, its injected events, its expectations and how to reproduce it. */
final class RunTables {

    private RunTables() {
    }

    static void figures(HtmlWriter w, Summary s, KeyFigures figures) {
        TrafficTotals t = s.traffic();
        w.open("table", "class", "figures").open("tbody");
        row(w, "verdict", Verdict.of(s).label);
        row(w, "control-plane convergence (slowest)", Fmt.seconds(s.worstControlPlaneConvergence())
                + (s.allConverged() ? "" : " (did not converge)"));
        row(w, "data-plane convergence (slowest)", Fmt.seconds(s.worstDataPlaneConvergence()));
        row(w, "requests lost", Fmt.percent(t.lostFraction()) + " (" + Fmt.count(t.dropped()) + " of "
                + Fmt.count(t.offered()) + " offered)");
        StringBuilder broken = new StringBuilder(Fmt.count(t.brokenSessions().total()));
        broken.append(" of ").append(Fmt.count(t.sampledSessions())).append(" sampled sessions (");
        for (BreakCause cause : BreakCause.values()) {
            if (cause.ordinal() > 0) {
                broken.append(", ");
            }
            broken.append(cause.description()).append(": ").append(Fmt.count(t.brokenSessions().count(cause)));
        }
        row(w, "broken sessions", broken.append(')').toString());
        if (!Double.isNaN(figures.peakPopUtilisation())) {
            row(w, "fullest PoP", String.format(Locale.ROOT, "%s at %s of capacity, at %.0f s", figures.peakPop(),
                    Fmt.percent(figures.peakPopUtilisation()), figures.peakAt()));
        }
        for (KeyFigures.LatencyChange change : figures.latency()) {
            row(w, "latency " + change.percentile(), Fmt.ms(change.beforeMs()) + " before (" + figures.beforeWindow()
                    + "), " + Fmt.ms(change.afterMs()) + " after (" + figures.afterWindow() + ")");
        }
        w.close("tbody").close("table").newline();
    }

    static void injectedEvents(HtmlWriter w, Summary s) {
        if (s.events().isEmpty()) {
            w.element("p", "The scenario injected no event.", "class", "skipped");
            return;
        }
        w.open("table", "class", "events").open("thead").open("tr");
        for (String heading : new String[] {"at", "action", "target", "control plane", "data plane", "BGP updates", "converged"}) {
            w.element("th", heading);
        }
        w.close("tr").close("thead").open("tbody");
        for (InjectedEvent e : s.events()) {
            w.open("tr", "class", e.converged() ? "pass" : "fail");
            w.element("td", Fmt.seconds(e.at()), "class", "num").element("td", e.action()).element("td", e.target());
            w.element("td", Fmt.seconds(e.controlPlaneConvergenceSeconds()), "class", "num");
            w.element("td", Fmt.seconds(e.dataPlaneConvergenceSeconds()), "class", "num");
            w.element("td", Fmt.count(e.updates()), "class", "num");
            w.element("td", e.converged() ? "yes" : "no", "class", "verdict");
            w.close("tr");
        }
        w.close("tbody").close("table").newline();
    }

    static void expectations(HtmlWriter w, Summary s) {
        if (s.expectations().isEmpty()) {
            w.element("p", "The scenario states no expectations, so the run has no verdict.", "class", "skipped");
            return;
        }
        w.open("table", "class", "expectations").open("thead").open("tr");
        for (String heading : new String[] {"expectation", "measured", "bound", "result"}) {
            w.element("th", heading);
        }
        w.close("tr").close("thead").open("tbody");
        for (Expectation e : s.expectations()) {
            w.open("tr", "class", e.passed() ? "pass" : "fail");
            w.element("td", e.name());
            w.element("td", Fmt.measured(e.measured()), "class", "num");
            w.element("td", e.bound(), "class", "num");
            w.element("td", e.passed() ? "\u2713 passed" : "\u2717 failed", "class", "verdict");
            w.close("tr");
        }
        w.close("tbody").close("table").newline();
    }

    static void reproduce(HtmlWriter w, Summary s) {
        if (s.command() != null) {
            w.element("p", "Run this to get the same run again, bit for bit:");
            w.open("pre", "class", "command").element("code", s.command()).close("pre");
        } else {
            w.element("p", "summary.json does not record the command. For a built-in drill it is the first line, "
                    + "for a scenario file the second (with the file's path):");
            w.open("pre", "class", "command")
                    .element("code", "anycast-sim drill " + s.scenario() + " --seed " + s.seed() + "\n"
                            + "anycast-sim run <scenario file> --seed " + s.seed())
                    .close("pre");
        }
        w.open("table", "class", "parameters").open("tbody");
        row(w, "scenario", s.scenario());
        row(w, "seed", Long.toString(s.seed()));
        row(w, "topology", s.topology().isEmpty() ? Fmt.NONE : s.topology());
        row(w, "simulated duration", Fmt.seconds(s.durationSeconds()));
        for (Map.Entry<String, String> p : s.parameters().entrySet()) {
            row(w, p.getKey(), p.getValue());
        }
        if (!Double.isNaN(s.wallSeconds())) {
            row(w, "wall-clock time", String.format(Locale.ROOT, "%.1f s", s.wallSeconds()));
        }
        if (s.simulatedEvents() > 0) {
            row(w, "simulated events", Fmt.count(s.simulatedEvents()));
        }
        w.close("tbody").close("table").newline();
    }

    private static void row(HtmlWriter w, String name, String value) {
        w.open("tr").element("th", name, "scope", "row").element("td", value).close("tr");
    }
}
