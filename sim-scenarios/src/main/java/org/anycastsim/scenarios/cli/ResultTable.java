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
        out.printf(Locale.ROOT, "%-22s %-7s %17s %9s %15s %9s %7s%n", "scenario", "verdict", "control plane (s)",
                "UPDATEs", "data plane (s)", "lost (%)", "broken");
        for (RunResult r : results) {
            double dp = r.worstDataPlaneSeconds();
            out.printf(Locale.ROOT, "%-22s %-7s %17.3f %9d %15s %9.3f %7d%n", r.scenario(), r.passed() ? "PASS" : "FAIL",
                    r.worstControlPlaneSeconds(), r.updates(),
                    Double.isNaN(dp) ? "-" : String.format(Locale.ROOT, "%.3f", dp), 100 * r.lostFraction(),
                    r.brokenSessions());
        }
        out.println("(slowest convergence over the run's events; UPDATEs = BGP UPDATE messages they caused;"
                + " lost = share of requests dropped; broken = sampled TCP/TLS sessions broken)");
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
