package org.anycastsim.report.chart;

import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;

import java.awt.Color;
import java.util.List;

/**
 * Stacked areas drawn as one filled path per band.
 *
 * <p>Each band is plotted as the running total up to and including it, filled down to zero,
 * the tallest drawn first so that each lower band paints over it. The picture is that of a
 * stacked area chart, but JFreeChart's stacked renderers either draw a polygon per sample
 * (ten megabytes of SVG for an hour of 23 PoPs) or leave hairline seams between bands.
 */
final class StackedAreas {

    private StackedAreas() {
    }

    /** Adds the bands of {@code grid} (gaps already zero) to {@code plot} as its dataset 0. */
    static void draw(XYPlot plot, SeriesGrid grid, List<Color> colours) {
        GridXYDataset totals = new GridXYDataset(grid.times);
        double[] running = new double[grid.times.length];
        for (int s = 0; s < grid.keys.size(); s++) {
            double[] band = grid.values.get(s);
            double[] top = new double[running.length];
            for (int i = 0; i < running.length; i++) {
                running[i] += band[i];
                top[i] = running[i];
            }
            totals.add(grid.keys.get(s), top);
        }
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        renderer.setOutline(false);
        for (int s = 0; s < colours.size(); s++) {
            renderer.setSeriesPaint(s, colours.get(s));
        }
        plot.setDataset(0, totals);
        plot.setRenderer(0, renderer);
        // Last series (the running total) first, the first band last, on top.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
    }
}
