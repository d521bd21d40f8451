package org.anycastsim.report.narrative;

import org.anycastsim.report.data.InjectedEvent;
import org.anycastsim.report.data.Metrics;
import org.anycastsim.report.data.RunData;
import org.anycastsim.report.data.Series;
import org.anycastsim.report.data.TimeSeries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures a post-mortem quotes that the summary does not hold: latency before the first
 * failure and after the network settled, and the fullest any PoP got.
 *
 * @param latency           p50/p95/p99 before and after, empty when unknown
 * @param beforeWindow      the time window of "before", for the page to state
 * @param afterWindow       the time window of "after"
 * @param peakPopUtilisation the highest utilisation of any PoP (1.0 = full), NaN if unknown
 * @param peakPop           the PoP that reached it, or empty
 * @param peakAt            when, seconds
 */
public record KeyFigures(List<LatencyChange> latency, String beforeWindow, String afterWindow,
                         double peakPopUtilisation, String peakPop, double peakAt) {

    /** Averaging windows either side of the first failure, long enough to smooth sampling noise. */
    static final double WINDOW_SECONDS = 30;

    /** Mean latency of one percentile before and after, milliseconds. */
    public record LatencyChange(String percentile, double beforeMs, double afterMs) {
    }

    public KeyFigures {
        latency = List.copyOf(latency);
    }

    public static KeyFigures of(RunData run) {
        TimeSeries ts = run.timeSeries();
        List<LatencyChange> latency = new ArrayList<>();
        String before = "";
        String after = "";
        Optional<InjectedEvent> first = run.summary().events().stream().min(Comparator.comparingDouble(InjectedEvent::at));
        if (first.isPresent()) {
            InjectedEvent e = first.get();
            double settled = e.at() + firstFinite(e.dataPlaneConvergenceSeconds(), e.controlPlaneConvergenceSeconds(), 5);
            double beforeFrom = Math.max(0, e.at() - WINDOW_SECONDS);
            before = String.format(Locale.ROOT, "%.0f-%.0f s", beforeFrom, e.at());
            after = String.format(Locale.ROOT, "%.0f-%.0f s", settled, settled + WINDOW_SECONDS);
            for (String metric : List.of(Metrics.LATENCY_P50_MS, Metrics.LATENCY_P95_MS, Metrics.LATENCY_P99_MS)) {
                Optional<Series> series = ts.get(metric, Metrics.ALL);
                if (series.isPresent()) {
                    double b = series.get().mean(beforeFrom, e.at());
                    double a = series.get().mean(settled, settled + WINDOW_SECONDS);
                    if (!Double.isNaN(b) && !Double.isNaN(a)) {
                        latency.add(new LatencyChange(percentileName(metric), b, a));
                    }
                }
            }
        }
        double peak = Double.NaN;
        String peakPop = "";
        double peakAt = Double.NaN;
        for (Series s : ts.all(Metrics.POP_UTILISATION)) {
            for (int i = 0; i < s.size(); i++) {
                if (Double.isNaN(peak) || s.value(i) > peak) {
                    peak = s.value(i);
                    peakPop = s.entity();
                    peakAt = s.time(i);
                }
            }
        }
        return new KeyFigures(latency, before, after, peak, peakPop, peakAt);
    }

    private static double firstFinite(double a, double b, double fallback) {
        return !Double.isNaN(a) ? a : !Double.isNaN(b) ? b : fallback;
    }

    private static String percentileName(String metric) {
        return metric.substring(metric.indexOf('.') + 1, metric.lastIndexOf('_'));
    }
}
