package org.anycastsim.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;

/**
 * One look for every chart: white background, light grid, no shadows or gradients, and
 * fonts sized for a projector at the back of a classroom.
 */
public final class ChartTheme {

    static {
        // Before any AWT class below is touched: fonts and colours on a server without a display.
        ChartFiles.ensureHeadless();
    }

    public static final String FONT = Font.SANS_SERIF;
    public static final Font TITLE = new Font(FONT, Font.BOLD, 22);
    public static final Font SUBTITLE = new Font(FONT, Font.PLAIN, 15);
    public static final Font AXIS_LABEL = new Font(FONT, Font.PLAIN, 16);
    public static final Font TICK_LABEL = new Font(FONT, Font.PLAIN, 14);
    public static final Font LEGEND = new Font(FONT, Font.PLAIN, 14);
    public static final Font MARKER_LABEL = new Font(FONT, Font.PLAIN, 13);

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 600;

    /** The time axis of every time chart. */
    public static final String TIME_AXIS = "simulated time (s)";

    private ChartTheme() {
    }

    /** A chart with the theme applied, a legend at the bottom if asked, and an optional subtitle. */
    public static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(new Color(0x444444));
            chart.addSubtitle(sub);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(LEGEND);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setBackgroundPaint(Color.WHITE);
        }
        return chart;
    }

    /** A number axis with a label that carries its unit, e.g. {@code requests served (req/s)}. */
    public static NumberAxis axis(String labelWithUnit) {
        NumberAxis axis = new NumberAxis(labelWithUnit);
        styleAxis(axis);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        return axis;
    }

    public static NumberAxis timeAxis() {
        NumberAxis axis = axis(TIME_AXIS);
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }

    static void styleAxis(ValueAxis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICK_LABEL);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(new Color(0x222222));
    }

    public static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    public static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.getDomainAxis().setLabelFont(AXIS_LABEL);
        plot.getDomainAxis().setTickLabelFont(TICK_LABEL);
        styleAxis(plot.getRangeAxis());
    }

    /**
     * Lines without point shapes: thousands of samples read better as a line. Each series is
     * one path, not one segment per sample, which keeps the SVG of an hour-long run small.
     */
    public static XYLineAndShapeRenderer lines(float width) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDefaultStroke(new BasicStroke(width), false);
        renderer.setAutoPopulateSeriesStroke(false);
        return renderer;
    }
}
