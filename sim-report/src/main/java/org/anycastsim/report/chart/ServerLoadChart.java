package org.anycastsim.report.chart;

import org.anycastsim.report.data.Metrics;
import org.anycastsim.report.data.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Optional;

/**
 * The servers of the PoP the first failure hit: requests each serves and how full each is.
 * A crashed server's line drops to zero and the others rise: the router's ECMP group (or the
 * next-lowest weight) has taken over its share.
 */
public final class ServerLoadChart {

    public static final String ID = "server-load";
    public static final String TITLE = "Server load in the affected PoP";
    private static final float FAILED_WIDTH = 3.5f;

    private ServerLoadChart() {
    }

    public static ChartOutcome build(ChartContext ctx) {
        Optional<String> pop = ctx.affectedPop();
        if (pop.isEmpty()) {
            return new ChartOutcome.Skipped(ID, TITLE, "no injected failure names a PoP, so there is no affected PoP to show");
        }
        List<Series> served = ctx.run().timeSeries().inGroup(Metrics.SERVER_SERVED_RPS, pop.get());
        if (served.isEmpty()) {
            return new ChartOutcome.Skipped(ID, TITLE, "the run has no " + Metrics.SERVER_SERVED_RPS
                    + " time series for the servers of " + pop.get());
        }
        String title = "Servers in " + pop.get() + ": load and utilisation";
        NumberAxis time = ChartTheme.timeAxis();
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(12);
        SeriesGrid load = SeriesGrid.of(served, Series::entity, 1).binned(SeriesGrid.Aggregate.MEAN);
        XYPlot top = subplot(ctx, load, "requests served (req/s)", true);
        FailureMarkers.addTo(top, ctx.marks(), true, ctx.start(), ctx.end());
        plot.add(top, 3);

        List<Series> utilisation = ctx.run().timeSeries().inGroup(Metrics.SERVER_UTILISATION, pop.get());
        String note = load.binNote(SeriesGrid.Aggregate.MEAN);
        if (!utilisation.isEmpty()) {
            SeriesGrid percent = SeriesGrid.of(utilisation, Series::entity, 100).binned(SeriesGrid.Aggregate.PEAK);
            XYPlot bottom = subplot(ctx, percent, "utilisation (% of capacity)", false);
            ValueMarker full = new ValueMarker(100, new Color(0x666666), new BasicStroke(1.2f));
            full.setLabel("capacity");
            full.setLabelFont(ChartTheme.MARKER_LABEL);
            full.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            full.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            full.setLabelBackgroundColor(Color.WHITE);
            bottom.addRangeMarker(full);
            // Keep the capacity line in view even when every server is well below it.
            double peak = utilisation.stream().mapToDouble(Series::max).max().orElse(0) * 100;
            bottom.getRangeAxis().setRange(0, Math.max(110, peak * 1.08));
            FailureMarkers.addTo(bottom, ctx.marks(), false, ctx.start(), ctx.end());
            plot.add(bottom, 2);
            if (load.binSize > 1) {
                note = "each point covers " + load.binSpan() + ": their mean load, their peak utilisation";
            }
        }
        ChartTheme.style(plot);
        JFreeChart chart = ChartTheme.chart(title, ChartContext.subtitle(ctx.runLabel(),
                served.size() + " servers; a thick black line is a failed server", note), plot, true);
        return new ChartOutcome.Drawn(ID, title,
                "One line per server in " + pop.get() + ". When a server or its process fails, its line drops to "
                        + "zero once its routes are withdrawn, and the router spreads its share over the servers "
                        + "still announcing: their lines step up. The lower panel shows how close each is to full.",
                chart, ChartTheme.WIDTH, 760);
    }

    private static XYPlot subplot(ChartContext ctx, SeriesGrid grid, String axis, boolean inLegend) {
        XYLineAndShapeRenderer renderer = ChartTheme.lines(2f);
        for (int i = 0; i < grid.keys.size(); i++) {
            boolean failed = ctx.failedNodes().contains(grid.keys.get(i));
            renderer.setSeriesPaint(i, failed ? Palette.FAILURE : Palette.category(i));
            renderer.setSeriesStroke(i, new BasicStroke(failed ? FAILED_WIDTH : 2f));
        }
        renderer.setDefaultSeriesVisibleInLegend(inLegend, false);
        renderer.setLegendItemLabelGenerator((dataset, series) -> {
            String key = String.valueOf(dataset.getSeriesKey(series));
            return ctx.failedNodes().contains(key) ? key + " (failed)" : key;
        });
        XYPlot plot = new XYPlot(grid.dataset(), null, ChartTheme.axis(axis), renderer);
        ChartTheme.style(plot);
        return plot;
    }
}
