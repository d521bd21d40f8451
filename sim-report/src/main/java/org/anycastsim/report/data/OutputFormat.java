package org.anycastsim.report.data;

import java.util.List;
import java.util.Optional;

/**
 * File names and column headers of a run's output folder, shared by the readers and the
 * writers so that both sides agree by construction (see {@code docs/OUTPUT-FORMAT.md}).
 */
public final class OutputFormat {

    public static final String SUMMARY = "summary.json";
    public static final String TIMESERIES = "timeseries.csv";
    public static final String EVENTS = "events.jsonl";
    public static final String SUITE = "suite.json";
    public static final String SWEEP = "sweep.csv";
    public static final String REPORT = "report.html";
    /** Charts are written beside the report, in this sub-folder. */
    public static final String CHARTS_DIR = "charts";

    public static final List<String> TIMESERIES_HEADER =
            List.of("time_s", "metric", "entity", "group", "value");
    public static final List<String> CATCHMENT_HEADER =
            List.of("client", "country", "lat", "lon", "pop", "demand_weight");

    /** Fixed sweep columns around the parameter columns: {@code run,<parameters>,...,passed}. */
    public static final String SWEEP_RUN = "run";
    public static final List<String> SWEEP_RESULT_COLUMNS = List.of(
            "lostFraction", "maxPopUtilisation", "worstPop", "convergenceSeconds", "passed");
    /** Optional trailing sweep columns {@code utilisation.<POP>}: the peak utilisation of each PoP. */
    public static final String SWEEP_UTILISATION_PREFIX = "utilisation.";

    private static final String CATCHMENT_PREFIX = "catchment-";
    private static final String CATCHMENT_SUFFIX = ".csv";

    private OutputFormat() {
    }

    /** {@code catchment-<label>.csv}. */
    public static String catchmentFile(String label) {
        if (label.isEmpty() || label.contains("/") || label.contains("\\")) {
            throw new IllegalArgumentException("not a usable snapshot label: '" + label + "'");
        }
        return CATCHMENT_PREFIX + label + CATCHMENT_SUFFIX;
    }

    /** The snapshot label of a catchment file name, or empty if the name is not one. */
    public static Optional<String> catchmentLabel(String fileName) {
        if (fileName.startsWith(CATCHMENT_PREFIX) && fileName.endsWith(CATCHMENT_SUFFIX)
                && fileName.length() > CATCHMENT_PREFIX.length() + CATCHMENT_SUFFIX.length()) {
            return Optional.of(fileName.substring(CATCHMENT_PREFIX.length(),
                    fileName.length() - CATCHMENT_SUFFIX.length()));
        }
        return Optional.empty();
    }
}
