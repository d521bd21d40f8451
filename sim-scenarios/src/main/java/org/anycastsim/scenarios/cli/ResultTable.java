package org.anycastsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.anycastsim.scenarios.run.ExpectationCheck;
import org.anycastsim.scenarios.run.RunResult;

/** The short table a run or a drill suite ends with: verdict, convergence, lost, broken; then failed expectations. */
final class ResultTable {
    private ResultTable() {}

    static void print(PrintWriter out, List<RunResult> results) {
        out.printf(Locale.ROOT, "%-22s %-7s %16s %16s %10s %8s%n", "scenario", "verdict", "control plane (s)",
                "data plane (s)", "lost (%)", "broken");
        for (RunResult r : results) {
            double dp = r.worstDataPlaneSeconds();
            out.printf(Locale.ROOT, "%-22s %-7s %16.3f %16s %10.3f %8d%n", r.scenario(), r.passed() ? "PASS" : "FAIL",
                    r.worstControlPlaneSeconds(), Double.isNaN(dp) ? "-" : String.format(Locale.ROOT, "%.3f", dp),
                    100 * r.lostFraction(), r.brokenSessions());
        }
        for (RunResult r : results) {
            for (ExpectationCheck.Verdict v : r.verdicts()) {
                if (!v.passed()) {
                    out.printf(Locale.ROOT, "  %s: FAILED %s: measured %.4g, expected %s%n", r.scenario(), v.name(),
                            v.measured(), v.bound());
                }
            }
        }
        out.flush();
    }
}
