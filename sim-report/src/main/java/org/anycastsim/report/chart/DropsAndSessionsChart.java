package org.anycastsim.report.chart;

import org.anycastsim.report.data.BreakCause;
import org.anycastsim.report.data.Metrics;
import org.anycastsim.report.data.Series;
import org.anycastsim.report.data.TimeSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the failures cost users: requests dropped per second (stacked by the PoP that dropped
 * them) and sampled sessions broken so far, by cause.
 *
 * <p>Broken sessions are drawn cumulatively: the file counts them per sampling interval, and
 * a running total reads the same whatever the interval was, and shows at a glance how many
 * a failure broke.
 */
public final class DropsAndSessionsChart {

    public static final String ID = "drops-and-sessions";
    public static final String TITLE = "Dropped requests and broken sessions";
    static final String ALL_POPS = "all PoPs";

    private DropsAndSessionsChart() {
    }

    public static ChartOutcome build(ChartContext ctx) {
        TimeSeries ts = ctx.run().timeSeries();
        List<Series> drops = ts.all(Metrics.POP_DROPPED_RPS);
        boolean byPop = !drops.isEmpty();
        if (!byPop) {
            drops = ts.all(Metrics.SERVICE_DROPPED_RPS);
        }
        List<Series> broken = new ArrayList<>(ts.all(Metrics.SESSIONS_BROKEN));
        // Causes in a fixed order (and so fixed colours) whatever the file's order.
        broken.sort(Comparator.comparingInt(s -> BreakCause.fromEntity(s.entity()).map(Enum::ordinal).orElse(Integer.MAX_VALUE)));
        if (drops.isEmpty() && broken.isEmpty()) {
            return new ChartOutcome.Skipped(ID, TITLE, "the run has no " + Metrics.POP_DROPPED_RPS + ", "
                    + Metrics.SERVICE_DROPPED_RPS + " or " + Metrics.SESSIONS_BROKEN + " time series");
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartTheme.timeAxis());
        plot.setGap(12);
        List<String> notes = new ArrayList<>();
        boolean labelled = true;
        if (!drops.isEmpty()) {
            XYPlot dropPlot = dropPlot(ctx, drops, byPop, notes);
            FailureMarkers.addTo(dropPlot, ctx.marks(), true, ctx.start(), ctx.end());
            labelled = false;
            plot.add(dropPlot, 1);
        }
        if (!broken.isEmpty()) {
            XYPlot sessionPlot = sessionPlot(broken);
            FailureMarkers.addTo(sessionPlot, ctx.marks(), labelled, ctx.start(), ctx.end());
            plot.add(sessionPlot, 1);
        }
        ChartTheme.style(plot);
        JFreeChart chart = ChartTheme.chart(TITLE,
                ChartContext.subtitle(ctx.runLabel(), String.join(" · ", notes)), plot, true);
        return new ChartOutcome.Drawn(ID, TITLE,
                "Top: requests lost per second, coloured by the PoP that lost them (only PoPs that lost any). "
                        + "Drops last from the failure until routing has moved the traffic. Bottom: sampled TCP/TLS "
                        + "sessions broken so far, because their packets moved to another server or PoP, or their "
                        + "server died.",
                chart, ChartTheme.WIDTH, 760);
    }

    private static XYPlot dropPlot(ChartContext ctx, List<Series> drops, boolean byPop, List<String> notes) {
        List<Series> losing = drops.stream().filter(s -> s.maxAbs() > 0).toList();
        SeriesGrid grid;
        if (losing.isEmpty()) {
            // Nothing was lost: one flat line says so more plainly than an empty panel.
            Series first = drops.get(0);
            grid = SeriesGrid.of(List.of(first), s -> ALL_POPS, 0).binned(SeriesGrid.Aggregate.MEAN);
            notes.add("no request was dropped");
        } else {
            grid = SeriesGrid.of(losing, Series::entity, 1).gapsAsZero().binned(SeriesGrid.Aggregate.MEAN);
            notes.add(grid.binNote(SeriesGrid.Aggregate.MEAN));
        }
        List<Color> colours = new ArrayList<>();
        for (int i = 0; i < grid.keys.size(); i++) {
            String key = grid.keys.get(i);
            colours.add(byPop && !key.equals(ALL_POPS) ? ctx.palette().pop(key) : Palette.category(i));
        }
        XYPlot plot = new XYPlot(null, null, ChartTheme.axis("requests dropped (req/s)"), null);
        StackedAreas.draw(plot, grid, colours);
        ChartTheme.style(plot);
        return plot;
    }

    private static XYPlot sessionPlot(List<Series> broken) {
        List<Series> cumulative = new ArrayList<>();
        for (Series s : broken) {
            double[] values = s.values();
            for (int i = 1; i < values.length; i++) {
                values[i] += values[i - 1];
            }
            cumulative.add(Series.of(s.metric(), s.entity(), s.group(), s.times(), values));
        }
        SeriesGrid grid = SeriesGrid.of(cumulative,
                s -> BreakCause.fromEntity(s.entity()).map(BreakCause::description).orElse(s.entity()), 1)
                .binned(SeriesGrid.Aggregate.PEAK);
        XYStepRenderer renderer = new XYStepRenderer();
        renderer.setDefaultShapesVisible(false);
        for (int i = 0; i < cumulative.size(); i++) {
            renderer.setSeriesPaint(i, causeColour(cumulative.get(i).entity(), i));
            renderer.setSeriesStroke(i, new BasicStroke(2.4f));
        }
        XYPlot plot = new XYPlot(grid.dataset(), null, ChartTheme.axis("sessions broken so far (sessions)"), renderer);
        ChartTheme.style(plot);
        return plot;
    }

    private static Color causeColour(String entity, int index) {
        return BreakCause.fromEntity(entity).map(cause -> switch (cause) {
            case SERVER_CHANGE -> new Color(0x1F77B4);
            case POP_CHANGE -> new Color(0xFF7F0E);
            case SERVER_DEATH -> Palette.FAILED;
        }).orElse(Palette.category(index + 4));
    }
}
