package org.anycastsim.report.chart;

import org.anycastsim.report.data.Catchment;
import org.anycastsim.report.data.CatchmentRow;
import org.anycastsim.report.data.NaturalOrder;
import org.anycastsim.report.data.SnapshotRef;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each client network is (longitude, latitude) and which PoP it reaches, before and
 * after: the anycast catchments. There is no base map; the dots themselves outline where the
 * users are. Clients that changed PoP are circled in the later map.
 */
public final class CatchmentMapChart {

    public static final String ID = "catchment";
    public static final String TITLE = "Catchment: which PoP each client network reaches";
    static final String NO_POP = "reaches no PoP";
    static final String MOVED = "moved to another PoP";
    private static final Shape DOT = new Ellipse2D.Double(-4, -4, 8, 8);
    private static final Shape RING = new Ellipse2D.Double(-8, -8, 16, 16);
    private static final Shape SQUARE = new Rectangle2D.Double(-3.5, -3.5, 7, 7);

    private CatchmentMapChart() {
    }

    /** One chart for two snapshots (side by side); with more, one chart per later snapshot against the first. */
    public static List<ChartOutcome> build(ChartContext ctx) {
        List<Catchment> catchments = ctx.run().catchments();
        if (catchments.isEmpty()) {
            return List.of(new ChartOutcome.Skipped(ID, TITLE, "the run wrote no catchment-*.csv snapshot"));
        }
        if (catchments.size() <= 2) {
            return List.of(draw(ctx, ID, catchments));
        }
        List<ChartOutcome> charts = new ArrayList<>();
        for (Catchment later : catchments.subList(1, catchments.size())) {
            charts.add(draw(ctx, ID + "-" + fileSafe(later.label()), List.of(catchments.get(0), later)));
        }
        return charts;
    }

    private static ChartOutcome.Drawn draw(ChartContext ctx, String id, List<Catchment> maps) {
        NumberAxis latitude = ChartTheme.axis("latitude (°N)");
        double minLat = Math.min(-60, maps.stream().flatMap(c -> c.rows().stream()).mapToDouble(CatchmentRow::lat).min().orElse(-60) - 3);
        latitude.setRange(minLat, 85);
        latitude.setTickUnit(new NumberTickUnit(30));
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(latitude);
        // Wide enough that the two maps' 180 and -180 tick labels do not run together.
        plot.setGap(56);
        Catchment first = maps.get(0);
        Map<String, String> firstPop = first.popByClient();
        int moved = 0;
        for (Catchment catchment : maps) {
            Panel panel = map(ctx, catchment, catchment == first ? null : firstPop);
            moved += panel.moved();
            plot.add(panel.plot(), 1);
        }
        plot.setFixedLegendItems(legend(ctx, maps));
        ChartTheme.style(plot);
        String movedNote = maps.size() > 1
                ? String.format(Locale.ROOT, "%d of %d client networks moved to another PoP", moved, first.rows().size())
                : first.rows().size() + " client networks";
        String title = maps.size() > 1 ? TITLE + ", " + first.label() + " and " + maps.get(1).label() : TITLE;
        JFreeChart chart = ChartTheme.chart(title, ChartContext.subtitle(ctx.runLabel(), movedNote,
                "colour = PoP reached"), plot, true);
        return new ChartOutcome.Drawn(id, title,
                "Each dot is a client network at its coordinates, coloured by the PoP its packets reach. Anycast "
                        + "sends each to the PoP with the shortest BGP path, usually a near one. "
                        + (maps.size() > 1 ? "In the right-hand map, clients circled in black reach a different PoP "
                        + "than in the left-hand one: they are the failed PoP's catchment, now served elsewhere." : ""),
                chart, ChartTheme.WIDTH, 640);
    }

    /** One map of the chart, and how many of its clients it circles. */
    private record Panel(XYPlot plot, int moved) {
    }

    /** One map; {@code reference} (client to PoP of the earlier snapshot) is null for the first. */
    private static Panel map(ChartContext ctx, Catchment catchment, Map<String, String> reference) {
        Map<String, XYSeries> byPop = new TreeMap<>(NaturalOrder.INSTANCE);
        XYSeries none = new XYSeries(NO_POP, false, true);
        XYSeries moved = new XYSeries(MOVED, false, true);
        for (CatchmentRow row : catchment.rows()) {
            Optional<String> pop = row.reachedPop();
            if (pop.isPresent()) {
                byPop.computeIfAbsent(pop.get(), p -> new XYSeries(p, false, true)).add(row.lon(), row.lat());
            } else {
                none.add(row.lon(), row.lat());
            }
            if (reference != null && reference.containsKey(row.client()) && !Objects.equals(reference.get(row.client()), row.pop())) {
                moved.add(row.lon(), row.lat());
            }
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (Map.Entry<String, XYSeries> entry : byPop.entrySet()) {
            int i = dataset.getSeriesCount();
            dataset.addSeries(entry.getValue());
            renderer.setSeriesPaint(i, ctx.palette().pop(entry.getKey()));
            renderer.setSeriesShape(i, DOT);
        }
        if (none.getItemCount() > 0) {
            int i = dataset.getSeriesCount();
            dataset.addSeries(none);
            renderer.setSeriesPaint(i, Palette.NO_POP);
            renderer.setSeriesShape(i, SQUARE);
        }
        if (moved.getItemCount() > 0) {
            int i = dataset.getSeriesCount();
            dataset.addSeries(moved);
            renderer.setSeriesPaint(i, Color.BLACK);
            renderer.setSeriesShape(i, RING);
            renderer.setSeriesShapesFilled(i, false);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(1.6f));
        }
        NumberAxis longitude = ChartTheme.axis("longitude (°E)");
        longitude.setRange(-180, 180);
        longitude.setTickUnit(new NumberTickUnit(60));
        XYPlot plot = new XYPlot(dataset, longitude, null, renderer);
        ChartTheme.style(plot);
        // Rings go last so that they circle the dots instead of hiding under them.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        XYTextAnnotation label = new XYTextAnnotation(snapshotLabel(ctx, catchment), -172, 80);
        label.setFont(new Font(ChartTheme.FONT, Font.BOLD, 16));
        label.setTextAnchor(TextAnchor.TOP_LEFT);
        plot.addAnnotation(label);
        return new Panel(plot, moved.getItemCount());
    }

    /** One legend for both maps: every PoP reached in either, then the special marks. */
    private static LegendItemCollection legend(ChartContext ctx, List<Catchment> maps) {
        TreeMap<String, Boolean> pops = new TreeMap<>(NaturalOrder.INSTANCE);
        boolean none = false;
        for (Catchment catchment : maps) {
            for (CatchmentRow row : catchment.rows()) {
                if (row.pop() != null) {
                    pops.put(row.pop(), true);
                } else {
                    none = true;
                }
            }
        }
        LegendItemCollection items = new LegendItemCollection();
        for (String pop : pops.keySet()) {
            items.add(new LegendItem(pop, null, null, null, DOT, ctx.palette().pop(pop)));
        }
        if (none) {
            items.add(new LegendItem(NO_POP, null, null, null, SQUARE, Palette.NO_POP));
        }
        if (maps.size() > 1) {
            items.add(new LegendItem(MOVED, null, null, null, true, RING, false, Color.BLACK, true, Color.BLACK,
                    new BasicStroke(1.6f), false, RING, new BasicStroke(1f), Color.BLACK));
        }
        return items;
    }

    private static String snapshotLabel(ChartContext ctx, Catchment catchment) {
        Optional<SnapshotRef> ref = ctx.run().summary().snapshot(catchment.label());
        return ref.map(r -> String.format(Locale.ROOT, "%s (t = %.1f s)", catchment.label(), r.at()))
                .orElse(catchment.label());
    }

    /** A label from a scenario file, made safe for a file name. */
    static String fileSafe(String label) {
        return label.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
