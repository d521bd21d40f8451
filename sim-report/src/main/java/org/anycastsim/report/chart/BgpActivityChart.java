package org.anycastsim.report.chart;

import org.anycastsim.report.data.Metrics;
import org.anycastsim.report.data.Series;
import org.anycastsim.report.data.TimeSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Optional;

/**
 * The control plane at work: UPDATE messages per second (bursts after each failure and
 * repair) against the routes held across all Loc-RIBs, with the control-plane convergence
 * of each failure marked.
 */
public final class BgpActivityChart {

    public static final String ID = "bgp-activity";
    public static final String TITLE = "BGP activity";
    static final String UPDATES = "UPDATE messages/s";
    static final String ROUTES = "routes held";
    private static final Color UPDATES_COLOUR = new Color(0x1F4E9A);
    private static final Color ROUTES_COLOUR = new Color(0xE6820E);

    private BgpActivityChart() {
    }

    public static ChartOutcome build(ChartContext ctx) {
        TimeSeries ts = ctx.run().timeSeries();
        Optional<Series> updates = network(ts, Metrics.BGP_UPDATES_PER_S);
        Optional<Series> routes = network(ts, Metrics.BGP_ROUTES);
        if (updates.isEmpty() && routes.isEmpty()) {
            return new ChartOutcome.Skipped(ID, TITLE, "the run has neither " + Metrics.BGP_UPDATES_PER_S
                    + " nor " + Metrics.BGP_ROUTES + " time series");
        }
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(ChartTheme.timeAxis());
        String note = "";
        int index = 0;
        if (updates.isPresent()) {
            SeriesGrid grid = SeriesGrid.of(List.of(updates.get()), s -> UPDATES, 1).binned(SeriesGrid.Aggregate.PEAK);
            XYLineAndShapeRenderer renderer = ChartTheme.lines(2f);
            renderer.setSeriesPaint(0, UPDATES_COLOUR);
            addDataset(plot, index++, grid.dataset(), ChartTheme.axis("BGP UPDATE messages (msg/s)"), renderer, UPDATES_COLOUR);
            note = grid.binNote(SeriesGrid.Aggregate.PEAK);
        }
        if (routes.isPresent()) {
            SeriesGrid grid = SeriesGrid.of(List.of(routes.get()), s -> ROUTES, 1).binned(SeriesGrid.Aggregate.MEAN);
            XYStepRenderer renderer = new XYStepRenderer();
            renderer.setDefaultShapesVisible(false);
            renderer.setSeriesPaint(0, ROUTES_COLOUR);
            renderer.setSeriesStroke(0, new BasicStroke(2.4f));
            NumberAxis axis = ChartTheme.axis("routes held in all Loc-RIBs (routes)");
            // Tens of routes come and go among thousands: an axis from zero would flatten the change.
            axis.setAutoRangeIncludesZero(false);
            addDataset(plot, index, grid.dataset(), axis, renderer, ROUTES_COLOUR);
            plot.setRangeAxisLocation(index, index == 0 ? AxisLocation.BOTTOM_OR_LEFT : AxisLocation.BOTTOM_OR_RIGHT);
            note = ChartContext.subtitle(note, grid.binNote(SeriesGrid.Aggregate.MEAN));
        }
        ChartTheme.style(plot);
        FailureMarkers.addTo(plot, FailureMarkers.controlPlane(ctx.run()), true, ctx.start(), ctx.end());
        JFreeChart chart = ChartTheme.chart(TITLE, ChartContext.subtitle(ctx.runLabel(),
                routes.isPresent() && updates.isPresent() ? "updates on the left axis, routes on the right" : "", note),
                plot, true);
        return new ChartOutcome.Drawn(ID, TITLE,
                "Blue: BGP UPDATE messages per second across all speakers; each failure and repair sets off a burst "
                        + "that dies away as the routers agree. Orange: routes held in all routing tables; it steps "
                        + "down when routes are withdrawn and back up when they are re-announced.",
                chart, ChartTheme.WIDTH, ChartTheme.HEIGHT);
    }

    private static void addDataset(XYPlot plot, int index, GridXYDataset dataset, NumberAxis axis,
                                   XYItemRenderer renderer, Color colour) {
        axis.setLabelPaint(colour);
        plot.setDataset(index, dataset);
        plot.setRangeAxis(index, axis);
        plot.setRenderer(index, renderer);
        plot.mapDatasetToRangeAxis(index, index);
    }

    /** The network-wide series ({@code all}), or the only one there is. */
    static Optional<Series> network(TimeSeries ts, String metric) {
        Optional<Series> all = ts.get(metric, Metrics.ALL);
        if (all.isPresent()) {
            return all;
        }
        List<Series> any = ts.all(metric);
        return any.size() == 1 ? Optional.of(any.get(0)) : Optional.empty();
    }
}
