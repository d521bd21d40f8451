package org.anycastsim.report.chart;

import org.anycastsim.report.data.OutputFormat;
import org.anycastsim.report.data.SuiteEntry;
import org.anycastsim.report.data.SuiteIndex;
import org.anycastsim.report.data.SuiteRun;
import org.anycastsim.report.data.SummaryReader;
import org.anycastsim.report.data.SweepTable;
import org.anycastsim.report.fixtures.Fixtures;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuiteAndSweepChartsTest {

    @TempDir
    Path dir;

    @Test
    void suiteChartsCompareTheFiveDrills() throws Exception {
        Path suite = Fixtures.suite(dir);
        List<SuiteRun> runs = new ArrayList<>();
        for (SuiteEntry entry : SuiteIndex.read(suite.resolve(OutputFormat.SUITE)).runs()) {
            runs.add(new SuiteRun(entry, SummaryReader.read(suite.resolve(entry.dir()).resolve(OutputFormat.SUMMARY))));
        }

        List<ChartOutcome> charts = SuiteCharts.build(runs);

        assertThat(charts).extracting(ChartOutcome::id)
                .containsExactly(SuiteCharts.CONVERGENCE_ID, SuiteCharts.LOST_ID, SuiteCharts.SESSIONS_ID);
        for (ChartOutcome outcome : charts) {
            JFreeChart chart = ((ChartOutcome.Drawn) outcome).chart();
            assertThat(ChartInspection.columnKeys(chart)).containsExactlyElementsOf(Fixtures.DRILLS);
            ChartImage image = ChartFiles.write((ChartOutcome.Drawn) outcome, dir.resolve("charts"));
            ImageChecks.assertPng(image.png(), image.width(), image.height());
            ImageChecks.assertSvg(image.svg());
        }
        assertThat(ChartInspection.allKeys(((ChartOutcome.Drawn) charts.get(0)).chart()))
                .containsExactly(SuiteCharts.CONTROL_PLANE, SuiteCharts.DATA_PLANE);
    }

    @Test
    void sweepHeatMapHasARowPerFailureAndAColumnPerPop() throws Exception {
        SweepTable table = SweepTable.read(Fixtures.sweep(dir).resolve(OutputFormat.SWEEP));

        List<ChartOutcome> charts = SweepCharts.build(table);

        JFreeChart heatmap = ((ChartOutcome.Drawn) charts.get(0)).chart();
        XYPlot plot = heatmap.getXYPlot();
        assertThat(ChartInspection.allKeys(heatmap)).containsExactly(SweepCharts.UTILISATION_KEY);
        assertThat(((SymbolAxis) plot.getDomainAxis()).getSymbols()).containsExactlyElementsOf(table.pops());
        assertThat(((SymbolAxis) plot.getRangeAxis()).getSymbols()).hasSize(table.rows().size()).contains("n-1-SJC");
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(table.rows().size() * table.pops().size());

        JFreeChart worst = ((ChartOutcome.Drawn) charts.get(1)).chart();
        assertThat(ChartInspection.columnKeys(worst)).hasSize(table.rows().size())
                .first().asString().startsWith(table.rows().get(0).run());
        for (ChartOutcome outcome : charts) {
            ChartImage image = ChartFiles.write((ChartOutcome.Drawn) outcome, dir.resolve("charts"));
            ImageChecks.assertPng(image.png(), image.width(), image.height());
            ImageChecks.assertSvg(image.svg());
        }
    }

    @Test
    void sweepWithoutPerPopColumnsSkipsTheHeatMapButRanksTheRuns() throws Exception {
        SweepTable full = SweepTable.read(Fixtures.sweep(dir).resolve(OutputFormat.SWEEP));
        SweepTable plain = new SweepTable(full.parameterNames(), List.of(), full.rows());

        List<ChartOutcome> charts = SweepCharts.build(plain);

        assertThat(charts.get(0)).isInstanceOf(ChartOutcome.Skipped.class);
        assertThat(((ChartOutcome.Skipped) charts.get(0)).reason()).contains("utilisation.<POP>");
        assertThat(charts.get(1)).isInstanceOf(ChartOutcome.Drawn.class);
    }
}
