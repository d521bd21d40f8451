package org.anycastsim.scenarios.sweep;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.anycastsim.report.data.SweepRow;
import org.anycastsim.scenarios.run.ExpectationCheck.Verdict;
import org.anycastsim.scenarios.run.Measurements;
import org.anycastsim.scenarios.run.RunResult;
import org.anycastsim.scenarios.scenario.Maps;

/**
 * A finished run of a sweep, reduced to its row of the sweep's table: a sweep of hundreds of runs
 * keeps these, not the runs' event logs and time series.
 *
 * @param maxPopUtilisation  the highest utilisation any PoP reached (1.0 = full)
 * @param worstPop           the PoP that reached it; empty without traffic
 * @param convergenceSeconds the slowest control-plane convergence over the run's events; NaN when
 *                           routing did not settle
 * @param failed             the expectations that failed; empty when the run passed
 * @param popUtilisation     the peak utilisation of each PoP
 */
public record RunOutcome(SweepRun run, double lostFraction, double maxPopUtilisation, String worstPop,
        double convergenceSeconds, List<Verdict> failed, Map<String, Double> popUtilisation) {

    public RunOutcome {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(worstPop, "worstPop");
        failed = List.copyOf(failed);
        popUtilisation = Maps.copy(popUtilisation);
    }

    public static RunOutcome of(SweepRun run, RunResult result) {
        Measurements m = result.measurements();
        double convergence = m.converged() ? result.worstControlPlaneSeconds() : Double.NaN;
        List<Verdict> failed = result.verdicts().stream().filter(v -> !v.passed()).toList();
        return new RunOutcome(run, result.lostFraction(), m.maxPopUtilisation(), m.worstPop() == null ? ""
                : m.worstPop(), convergence, failed, m.popPeakUtilisation());
    }

    public boolean passed() {
        return failed.isEmpty();
    }

    public SweepRow row() {
        return new SweepRow(run.name(), run.parameters(), lostFraction, maxPopUtilisation, worstPop,
                convergenceSeconds, passed(), popUtilisation);
    }
}
