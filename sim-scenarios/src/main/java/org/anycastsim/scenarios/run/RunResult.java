package org.anycastsim.scenarios.run;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished run: the scenario's name, its verdicts and what was measured, and where its files went.
 *
 * @param outDir the output folder, or null when nothing was written
 */
public record RunResult(String scenario, long seed, List<ExpectationCheck.Verdict> verdicts, Measurements measurements,
        Path outDir) {

    public boolean passed() {
        return verdicts.stream().allMatch(ExpectationCheck.Verdict::passed);
    }

    /** The slowest control-plane convergence over the injected events, in seconds. */
    public double worstControlPlaneSeconds() {
        return measurements.windows().stream().skip(1).mapToDouble(w -> w.convergenceSeconds()).max().orElse(0);
    }

    /** The slowest data-plane convergence over the injected events, in seconds (NaN without traffic). */
    public double worstDataPlaneSeconds() {
        double worst = Double.NaN;
        for (double d : measurements.dataPlaneSeconds()) {
            if (!Double.isNaN(d)) {
                worst = Double.isNaN(worst) ? d : Math.max(worst, d);
            }
        }
        return worst;
    }

    /** UPDATE messages caused by the injected events (initial convergence excluded). */
    public long updates() {
        return measurements.windows().stream().skip(1).mapToLong(w -> w.updates()).sum();
    }

    public double lostFraction() {
        return measurements.totals() == null ? 0 : measurements.totals().lostFraction();
    }

    public long brokenSessions() {
        return measurements.totals() == null ? 0 : measurements.totals().brokenTotal();
    }
}
