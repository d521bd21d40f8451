package org.anycastsim.report.chart;

import org.anycastsim.report.data.Metrics;
import org.anycastsim.report.data.Series;
import org.anycastsim.report.data.TimeSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Latency percentiles of all clients over time: clients moved to a farther PoP pay in milliseconds. */
public final class LatencyChart {

    public static final String ID = "latency";
    public static final String TITLE = "Latency percentiles";
    static final List<String> METRICS = List.of(Metrics.LATENCY_P50_MS, Metrics.LATENCY_P95_MS, Metrics.LATENCY_P99_MS);
    private static final List<Color> COLOURS = List.of(new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0xB2182B));

    private LatencyChart() {
    }

    public static ChartOutcome build(ChartContext ctx) {
        TimeSeries ts = ctx.run().timeSeries();
        List<Series> percentiles = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (int i = 0; i < METRICS.size(); i++) {
            Optional<Series> series = BgpActivityChart.network(ts, METRICS.get(i));
            if (series.isPresent()) {
                percentiles.add(series.get());
                colours.add(COLOURS.get(i));
            }
        }
        if (percentiles.isEmpty()) {
            return new ChartOutcome.Skipped(ID, TITLE, "the run has no latency.p50_ms, latency.p95_ms or "
                    + "latency.p99_ms time series for all clients");
        }
        SeriesGrid grid = SeriesGrid.of(percentiles, s -> label(s.metric()), 1).binned(SeriesGrid.Aggregate.PEAK);
        XYLineAndShapeRenderer renderer = ChartTheme.lines(2.2f);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
        }
        XYPlot plot = new XYPlot(grid.dataset(), ChartTheme.timeAxis(), ChartTheme.axis("latency: RTT + queueing (ms)"), renderer);
        ChartTheme.style(plot);
        FailureMarkers.addTo(plot, ctx.marks(), true, ctx.start(), ctx.end());
        JFreeChart chart = ChartTheme.chart(TITLE, ChartContext.subtitle(ctx.runLabel(), "all clients",
                grid.binNote(SeriesGrid.Aggregate.PEAK)), plot, true);
        return new ChartOutcome.Drawn(ID, TITLE,
                "Median (p50), 95th and 99th percentile of the time a request takes, over all clients. When a PoP "
                        + "goes, its clients reach a farther one and the upper percentiles rise; queueing at a PoP "
                        + "near capacity adds to all of them.",
                chart, ChartTheme.WIDTH, ChartTheme.HEIGHT);
    }

    /** {@code latency.p95_ms} reads as {@code p95}. */
    static String label(String metric) {
        return metric.substring(metric.indexOf('.') + 1, metric.lastIndexOf('_'));
    }
}
