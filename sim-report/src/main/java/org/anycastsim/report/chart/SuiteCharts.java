package org.anycastsim.report.chart;

import org.anycastsim.report.data.BreakCause;
import org.anycastsim.report.data.SuiteRun;
import org.anycastsim.report.data.Summary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The drills of a suite side by side: how fast each converged, what each lost, which sessions each broke. */
public final class SuiteCharts {

    public static final String CONVERGENCE_ID = "suite-convergence";
    public static final String LOST_ID = "suite-lost-fraction";
    public static final String SESSIONS_ID = "suite-broken-sessions";
    static final String CONTROL_PLANE = "control plane";
    static final String DATA_PLANE = "data plane";
    private static final int WIDTH = 1100;
    private static final int HEIGHT = 520;

    private SuiteCharts() {
    }

    public static List<ChartOutcome> build(List<SuiteRun> runs) {
        ChartFiles.ensureHeadless();
        List<ChartOutcome> charts = new ArrayList<>();
        charts.add(convergence(runs));
        charts.add(lostFraction(runs));
        charts.add(brokenSessions(runs));
        return charts;
    }

    /** The slowest convergence of each drill, both planes; a drill that never converged has no bar. */
    static ChartOutcome convergence(List<SuiteRun> runs) {
        String title = "Convergence time per drill";
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> unconverged = new ArrayList<>();
        for (SuiteRun run : runs) {
            Summary s = run.summary();
            if (s.events().isEmpty()) {
                continue;
            }
            dataset.addValue(nanToNull(s.worstControlPlaneConvergence()), CONTROL_PLANE, run.name());
            dataset.addValue(nanToNull(s.worstDataPlaneConvergence()), DATA_PLANE, run.name());
            if (!s.allConverged()) {
                unconverged.add(run.name());
            }
        }
        if (dataset.getColumnCount() == 0) {
            return new ChartOutcome.Skipped(CONVERGENCE_ID, title, "no drill injected an event, so nothing converged");
        }
        BarRenderer renderer = bars("0.00");
        renderer.setSeriesPaint(0, new Color(0x1F4E9A));
        renderer.setSeriesPaint(1, new Color(0x6BAED6));
        CategoryPlot plot = plot(dataset, "slowest convergence after an injected event (s)", renderer);
        JFreeChart chart = ChartTheme.chart(title, unconverged.isEmpty()
                ? "the slowest of each drill's injected events"
                : "no bar: did not converge (" + String.join(", ", unconverged) + ")", plot, true);
        return new ChartOutcome.Drawn(CONVERGENCE_ID, title,
                "For each drill, how long after its injected failure routing stopped changing (control plane) and "
                        + "traffic was served again at its earlier level (data plane). With several failures, the slowest.",
                chart, WIDTH, HEIGHT);
    }

    static ChartOutcome lostFraction(List<SuiteRun> runs) {
        String title = "Requests lost per drill";
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Boolean> passed = new ArrayList<>();
        for (SuiteRun run : runs) {
            dataset.addValue(run.summary().traffic().lostFraction() * 100, "lost", run.name());
            passed.add(run.passed());
        }
        if (runs.isEmpty()) {
            return new ChartOutcome.Skipped(LOST_ID, title, "the suite has no runs");
        }
        VerdictBarRenderer renderer = new VerdictBarRenderer(passed);
        labelBars(renderer, "0.000");
        CategoryPlot plot = plot(dataset, "requests lost (% of offered)", renderer);
        plot.setFixedLegendItems(VerdictBarRenderer.legend());
        JFreeChart chart = ChartTheme.chart(title, "colour: the drill's verdict", plot, true);
        return new ChartOutcome.Drawn(LOST_ID, title,
                "The share of all requests offered during each drill that were dropped: sent to a dead server or "
                        + "PoP before routing moved them, or refused by a full one. Green drills met all their expectations.",
                chart, WIDTH, HEIGHT);
    }

    static ChartOutcome brokenSessions(List<SuiteRun> runs) {
        String title = "Broken sessions per drill";
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        long total = 0;
        for (SuiteRun run : runs) {
            for (BreakCause cause : BreakCause.values()) {
                long count = run.summary().traffic().brokenSessions().count(cause);
                dataset.addValue(count, cause.description(), run.name());
                total += count;
            }
        }
        if (runs.isEmpty()) {
            return new ChartOutcome.Skipped(SESSIONS_ID, title, "the suite has no runs");
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x1F77B4));
        renderer.setSeriesPaint(1, new Color(0xFF7F0E));
        renderer.setSeriesPaint(2, Palette.FAILED);
        CategoryPlot plot = plot(dataset, "sampled sessions broken (sessions)", renderer);
        JFreeChart chart = ChartTheme.chart(title, total == 0 ? "no sampled session broke in any drill" : "by cause", plot, true);
        return new ChartOutcome.Drawn(SESSIONS_ID, title,
                "Sampled TCP/TLS sessions each drill broke: moved to another server by the ECMP hash, moved to another "
                        + "PoP by anycast, or cut when their server died. UDP (DNS) cannot break this way.",
                chart, WIDTH, HEIGHT);
    }

    private static CategoryPlot plot(DefaultCategoryDataset dataset, String axis, BarRenderer renderer) {
        CategoryAxis drills = new CategoryAxis("drill");
        drills.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(dataset, drills, ChartTheme.axis(axis), renderer);
        ChartTheme.style(plot);
        plot.getRangeAxis().setUpperMargin(0.15);
        return plot;
    }

    private static BarRenderer bars(String format) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.04);
        labelBars(renderer, format);
        return renderer;
    }

    /** Values printed on the bars: a reader compares 1.004 s with 4.1 s without squinting at the axis. */
    private static void labelBars(BarRenderer renderer, String format) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat(format, DecimalFormatSymbols.getInstance(Locale.ROOT))));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartTheme.MARKER_LABEL);
    }

    private static Double nanToNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
