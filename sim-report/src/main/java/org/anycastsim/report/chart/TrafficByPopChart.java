package org.anycastsim.report.chart;

import org.anycastsim.report.data.Metrics;
import org.anycastsim.report.data.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

import java.util.List;

/** Requests served by each PoP over time, stacked: anycast moving clients shows as bands trading height. */
public final class TrafficByPopChart {

    public static final String ID = "traffic-by-pop";
    public static final String TITLE = "Requests served per PoP";

    private TrafficByPopChart() {
    }

    public static ChartOutcome build(ChartContext ctx) {
        List<Series> pops = ctx.run().timeSeries().all(Metrics.POP_SERVED_RPS);
        if (pops.isEmpty()) {
            return new ChartOutcome.Skipped(ID, TITLE, "the run has no " + Metrics.POP_SERVED_RPS + " time series");
        }
        SeriesGrid grid = SeriesGrid.of(pops, Series::entity, 1).gapsAsZero().binned(SeriesGrid.Aggregate.MEAN);
        XYPlot plot = new XYPlot(null, ChartTheme.timeAxis(), ChartTheme.axis("requests served (req/s)"), null);
        StackedAreas.draw(plot, grid, grid.keys.stream().map(ctx.palette()::pop).toList());
        ChartTheme.style(plot);
        FailureMarkers.addTo(plot, ctx.marks(), true, ctx.start(), ctx.end());
        JFreeChart chart = ChartTheme.chart(TITLE,
                ChartContext.subtitle(ctx.runLabel(), "stacked by PoP", grid.binNote(SeriesGrid.Aggregate.MEAN)), plot, true);
        return new ChartOutcome.Drawn(ID, TITLE,
                "Each coloured band is the traffic one PoP serves; the top edge is all traffic served. "
                        + "When a PoP fails, its band thins or vanishes and its neighbours' bands grow: anycast has "
                        + "sent its clients to the next closest PoPs. A dip in the top edge is traffic lost.",
                chart, ChartTheme.WIDTH, ChartTheme.HEIGHT);
    }
}
