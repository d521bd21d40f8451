package org.anycastsim.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anycastsim.core.bgp.ConvergenceMonitor;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.metrics.LogEvent;
import org.anycastsim.core.metrics.LogKind;
import org.anycastsim.core.traffic.Load;
import org.anycastsim.scenarios.scenario.expect.Expectation;

/** Evaluates a scenario's expectations against what the run measured: passed or failed, with the measured value. */
public final class ExpectationCheck {
    /** One verdict. */
    public record Verdict(String name, boolean passed, double measured, String bound) {}

    private ExpectationCheck() {}

    static List<Verdict> evaluate(List<Expectation> expectations, Measurements m, long endNanos) {
        List<Verdict> out = new ArrayList<>();
        for (Expectation e : expectations) {
            out.add(evaluate(e, m, endNanos));
        }
        return out;
    }

    private static Verdict evaluate(Expectation e, Measurements m, long endNanos) {
        if (e instanceof Expectation.LostFraction x) {
            double lost = x.service().map(s -> {
                Load l = m.perService().get(s);
                return l == null || l.offered() == 0 ? 0.0 : l.dropped() / l.offered();
            }).orElse(m.totals() == null ? 0.0 : m.totals().lostFraction());
            return new Verdict(x.name(), lost < x.below(), lost, "< " + fmt(x.below()));
        }
        if (e instanceof Expectation.ControlPlaneConvergence x) {
            ConvergenceMonitor.Window w = m.window(x.event());
            double s = w == null ? Double.NaN : w.convergenceSeconds();
            boolean ok = w != null && w.converged() && s < SimTime.toSeconds(x.below());
            return new Verdict(x.name(), ok, s, "< " + SimTime.format(x.below()));
        }
        if (e instanceof Expectation.DataPlaneConvergence x) {
            double s = m.dataPlane(x.event());
            return new Verdict(x.name(), !Double.isNaN(s) && s < SimTime.toSeconds(x.below()), s,
                    "< " + SimTime.format(x.below()));
        }
        if (e instanceof Expectation.MaxPopUtilisation x) {
            return new Verdict(x.name(), m.maxPopUtilisation() < x.below(), m.maxPopUtilisation(),
                    "< " + fmt(x.below()) + (m.worstPop() == null ? "" : " (highest: " + m.worstPop() + ")"));
        }
        if (e instanceof Expectation.Reaches x) {
            String pop = m.reachedPops().get(x.client() + "@" + x.at());
            return new Verdict(x.name(), x.pop().equals(pop), x.pop().equals(pop) ? 1 : 0,
                    "reaches " + x.pop() + " at " + SimTime.format(x.at()) + " (seen: " + (pop == null ? "none" : pop) + ")");
        }
        if (e instanceof Expectation.Withdrawn x) {
            InjectedEvent ev = m.event(x.event());
            long from = ev == null ? 0 : ev.atNanos();
            double seconds = Double.NaN;
            for (LogEvent l : m.log()) {
                if (l.kind() == LogKind.WITHDRAW && l.time() >= from && x.by().equals(l.node())
                        && x.prefix().toString().equals(l.fields().get("prefix"))) {
                    seconds = SimTime.toSeconds(l.time() - from);
                    break;
                }
            }
            boolean ok = !Double.isNaN(seconds) && seconds <= SimTime.toSeconds(x.within());
            return new Verdict(x.name(), ok, seconds, "withdrawn within " + SimTime.format(x.within()));
        }
        if (e instanceof Expectation.ServedFraction x) {
            Load at = m.countsAt().get(x.after());
            Load end = m.countsAt().get(endNanos);
            double fraction = Double.NaN;
            if (at != null && end != null && end.offered() - at.offered() > 0) {
                fraction = (end.served() - at.served()) / (end.offered() - at.offered());
            }
            return new Verdict(x.name(), fraction > x.above(), fraction,
                    "> " + fmt(x.above()) + " after " + SimTime.format(x.after()));
        }
        if (e instanceof Expectation.BrokenSessions x) {
            long broken = m.totals() == null ? 0 : x.cause()
                    .map(c -> m.totals().brokenSessions().getOrDefault(c.name().toLowerCase(Locale.ROOT).replace('_', '-'), 0L))
                    .orElse(m.totals().brokenTotal());
            return new Verdict(x.name(), broken < x.below(), broken, "< " + x.below());
        }
        Expectation.Converged x = (Expectation.Converged) e;
        boolean converged = m.converged();
        return new Verdict(x.name(), converged == x.converged(), converged ? 1 : 0, "converged = " + x.converged());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
