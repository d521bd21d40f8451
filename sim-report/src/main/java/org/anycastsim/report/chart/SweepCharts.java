package org.anycastsim.report.chart;

import org.anycastsim.report.data.SweepRow;
import org.anycastsim.report.data.SweepTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The worst cases of a sweep: a heat map of each run's failure (rows) against each PoP
 * (columns), coloured by how full that PoP got, and the runs ranked by their fullest PoP.
 */
public final class SweepCharts {

    public static final String HEATMAP_ID = "sweep-heatmap";
    public static final String WORST_ID = "sweep-worst-cases";
    public static final String UTILISATION_KEY = "peak utilisation";
    /** More rows would not be readable; the table on the page lists them all. */
    static final int MAX_ROWS = 60;
    static final int MAX_BARS = 20;
    private static final int LABELLED_CELLS = 900;

    private SweepCharts() {
    }

    public static List<ChartOutcome> build(SweepTable table) {
        ChartFiles.ensureHeadless();
        return List.of(heatmap(table), worstCases(table));
    }

    static ChartOutcome heatmap(SweepTable table) {
        String title = "Peak utilisation of each PoP, per failure";
        if (table.pops().isEmpty() || table.rows().isEmpty()) {
            return new ChartOutcome.Skipped(HEATMAP_ID, title,
                    "sweep.csv has no utilisation.<POP> columns, so utilisation per PoP is unknown");
        }
        List<SweepRow> rows = table.rows().subList(0, Math.min(MAX_ROWS, table.rows().size()));
        List<String> pops = table.pops();
        int cells = rows.size() * pops.size();
        double[][] xyz = new double[3][cells];
        XYPlot plot = new XYPlot();
        int k = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < pops.size(); c++) {
                Double u = rows.get(r).popUtilisation().get(pops.get(c));
                double percent = u == null ? Double.NaN : u * 100;
                xyz[0][k] = c;
                xyz[1][k] = r;
                xyz[2][k++] = percent;
                if (cells <= LABELLED_CELLS && !Double.isNaN(percent)) {
                    plot.addAnnotation(cellLabel(c, r, percent));
                }
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(UTILISATION_KEY, xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        renderer.setPaintScale(new UtilisationPaintScale());
        SymbolAxis popAxis = symbols("PoP", pops);
        SymbolAxis runAxis = symbols("failure (sweep run)", rows.stream().map(SweepRow::run).toList());
        runAxis.setInverted(true);
        plot.setDataset(dataset);
        plot.setDomainAxis(popAxis);
        plot.setRangeAxis(runAxis);
        plot.setRenderer(renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        ChartTheme.style(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = ChartTheme.chart(title, rows.size() < table.rows().size()
                ? "the worst " + rows.size() + " of " + table.rows().size() + " runs" : "every run of the sweep, worst first", plot, false);
        chart.addSubtitle(scaleLegend());
        return new ChartOutcome.Drawn(HEATMAP_ID, title,
                "Each row is one run of the sweep (one failure), each column a PoP; the colour and number give the "
                        + "highest utilisation that PoP reached during the run. Red cells are over capacity: that PoP "
                        + "dropped requests. Grey: not measured.",
                chart, ChartTheme.WIDTH, Math.max(420, 190 + 26 * rows.size()));
    }

    static ChartOutcome worstCases(SweepTable table) {
        String title = "Worst cases: the fullest PoP of each run";
        if (table.rows().isEmpty()) {
            return new ChartOutcome.Skipped(WORST_ID, title, "sweep.csv has no runs");
        }
        List<SweepRow> rows = new ArrayList<>(table.rows());
        rows.sort(Comparator.comparingDouble(SweepRow::maxPopUtilisation).reversed());
        rows = rows.subList(0, Math.min(MAX_BARS, rows.size()));
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Boolean> passed = new ArrayList<>();
        for (SweepRow row : rows) {
            dataset.addValue(row.maxPopUtilisation() * 100, "peak utilisation",
                    row.worstPop().isEmpty() ? row.run() : row.run() + " (" + row.worstPop() + ")");
            passed.add(row.passed());
        }
        VerdictBarRenderer renderer = new VerdictBarRenderer(passed);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartTheme.MARKER_LABEL);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        CategoryAxis runs = new CategoryAxis("run (fullest PoP)");
        NumberAxis percent = ChartTheme.axis("peak utilisation of the fullest PoP (% of capacity)");
        percent.setUpperMargin(0.1);
        CategoryPlot plot = new CategoryPlot(dataset, runs, percent, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        ChartTheme.style(plot);
        plot.setFixedLegendItems(VerdictBarRenderer.legend());
        ValueMarker full = new ValueMarker(100, Color.BLACK, new BasicStroke(1.5f));
        full.setLabel("capacity");
        full.setLabelFont(ChartTheme.MARKER_LABEL);
        full.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        full.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        full.setLabelBackgroundColor(Color.WHITE);
        plot.addRangeMarker(full);
        JFreeChart chart = ChartTheme.chart(title, rows.size() < table.rows().size()
                ? "the " + rows.size() + " fullest of " + table.rows().size() + " runs" : "all runs", plot, true);
        return new ChartOutcome.Drawn(WORST_ID, title,
                "Runs ranked by how full their fullest PoP got; beyond the capacity line that PoP drops requests. "
                        + "Colour gives the run's verdict.",
                chart, ChartTheme.WIDTH, Math.max(360, 170 + 30 * rows.size()));
    }

    private static SymbolAxis symbols(String label, List<String> names) {
        SymbolAxis axis = new SymbolAxis(label, names.toArray(new String[0]));
        ChartTheme.styleAxis(axis);
        axis.setGridBandsVisible(false);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }

    private static XYTextAnnotation cellLabel(int column, int row, double percent) {
        XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "%.0f", percent), column, row);
        label.setFont(new Font(ChartTheme.FONT, Font.PLAIN, 12));
        label.setPaint(UtilisationPaintScale.isDark(percent) ? Color.WHITE : Color.BLACK);
        return label;
    }

    private static PaintScaleLegend scaleLegend() {
        NumberAxis axis = ChartTheme.axis("peak utilisation (% of capacity)");
        axis.setRange(0, UtilisationPaintScale.UPPER);
        PaintScaleLegend legend = new PaintScaleLegend(new UtilisationPaintScale(), axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(18);
        legend.setMargin(new RectangleInsets(10, 16, 10, 4));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }
}
