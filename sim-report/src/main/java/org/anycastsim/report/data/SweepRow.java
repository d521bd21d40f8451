package org.anycastsim.report.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One run of a sweep.
 *
 * @param run                the run's name, e.g. {@code n-1-FRA}
 * @param parameters         the swept parameter values of this run, in column order
 * @param lostFraction       dropped / offered requests
 * @param maxPopUtilisation  the highest utilisation any PoP reached (1.0 = full)
 * @param worstPop           the PoP that reached it
 * @param convergenceSeconds the slowest convergence, NaN when the run did not converge
 * @param passed             whether the run's expectations held
 * @param popUtilisation     peak utilisation per PoP when the sweep wrote it (may be empty)
 */
public record SweepRow(String run, Map<String, String> parameters, double lostFraction,
                       double maxPopUtilisation, String worstPop, double convergenceSeconds,
                       boolean passed, Map<String, Double> popUtilisation) {

    public SweepRow {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(worstPop, "worstPop");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        popUtilisation = Collections.unmodifiableMap(new LinkedHashMap<>(popUtilisation));
    }
}
