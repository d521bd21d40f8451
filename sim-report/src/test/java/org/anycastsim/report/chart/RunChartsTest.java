package org.anycastsim.report.chart;

import org.anycastsim.report.data.RunData;
import org.anycastsim.report.fixtures.Fixtures;
import org.anycastsim.report.fixtures.RunFixture;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RunChartsTest {

    @TempDir
    static Path dir;
    static RunData serverCrash;
    static RunData routerCrash;

    @BeforeAll
    static void writeRuns() throws Exception {
        serverCrash = RunData.load(Fixtures.serverCrash().writeTo(dir.resolve("server-crash")));
        routerCrash = RunData.load(Fixtures.routerCrash().writeTo(dir.resolve("router-crash")));
    }

    private static Map<String, ChartOutcome> byId(RunData run) {
        return RunCharts.build(run).stream().collect(Collectors.toMap(ChartOutcome::id, Function.identity()));
    }

    private static JFreeChart chart(Map<String, ChartOutcome> charts, String id) {
        assertThat(charts.get(id)).as(id).isInstanceOf(ChartOutcome.Drawn.class);
        return ((ChartOutcome.Drawn) charts.get(id)).chart();
    }

    @Test
    void everyChartOfAFullRunIsDrawnAndWrittenAsValidPngAndSvg() throws Exception {
        List<ChartOutcome> outcomes = RunCharts.build(serverCrash);
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(ChartOutcome.Drawn.class));
        assertThat(outcomes).extracting(ChartOutcome::id).containsExactly(
                "traffic-by-pop", "server-load", "drops-and-sessions", "bgp-activity", "latency", "catchment");
        for (ChartOutcome outcome : outcomes) {
            ChartOutcome.Drawn drawn = (ChartOutcome.Drawn) outcome;
            ChartImage image = ChartFiles.write(drawn, dir.resolve("charts"));
            ImageChecks.assertPng(image.png(), drawn.width(), drawn.height());
            ImageChecks.assertSvg(image.svg());
        }
    }

    @Test
    void trafficChartStacksEveryPopAndMarksTheFailureAndItsConvergence() {
        JFreeChart chart = chart(byId(serverCrash), TrafficByPopChart.ID);
        assertThat(ChartInspection.allKeys(chart)).containsExactly(
                "AMS", "DFW", "FRA", "IAD", "LAX", "LHR", "NRT", "ORD", "SEA", "SIN", "SJC", "SYD");
        Collection<?> markers = ((XYPlot) chart.getPlot()).getDomainMarkers(Layer.FOREGROUND);
        assertThat(markers).extracting(m -> ((ValueMarker) m).getLabel()).contains(
                "crash-server SJC-s03", "detected (+0.900 s)", "routes withdrawn (+0.900 s)",
                "control plane converged (+0.905 s)", "data plane converged (+1.905 s)");
        assertThat(chart.getXYPlot().getDomainAxis().getLabel()).isEqualTo("simulated time (s)");
        assertThat(chart.getXYPlot().getRangeAxis().getLabel()).contains("(req/s)");
    }

    @Test
    void serverChartShowsTheServersOfTheFailedServersPop() {
        JFreeChart chart = chart(byId(serverCrash), ServerLoadChart.ID);
        List<List<String>> keys = ChartInspection.seriesKeys(chart);
        List<String> servers = List.of("SJC-s01", "SJC-s02", "SJC-s03", "SJC-s04", "SJC-s05", "SJC-s06");
        assertThat(keys).containsExactly(servers, servers);
        assertThat(chart.getTitle().getText()).isEqualTo("Servers in SJC: load and utilisation");
    }

    @Test
    void bgpDropsLatencyAndCatchmentChartsCarryTheirSeries() {
        Map<String, ChartOutcome> charts = byId(routerCrash);
        assertThat(ChartInspection.seriesKeys(chart(charts, BgpActivityChart.ID)))
                .containsExactly(List.of("UPDATE messages/s"), List.of("routes held"));
        List<List<String>> drops = ChartInspection.seriesKeys(chart(charts, DropsAndSessionsChart.ID));
        assertThat(drops.get(0)).contains("SJC");
        assertThat(drops.get(1)).containsExactly("moved to another server", "moved to another PoP", "server died");
        assertThat(ChartInspection.allKeys(chart(charts, LatencyChart.ID))).containsExactly("p50", "p95", "p99");

        JFreeChart catchment = chart(charts, CatchmentMapChart.ID);
        List<List<String>> maps = ChartInspection.seriesKeys(catchment);
        assertThat(maps).hasSize(2);
        assertThat(maps.get(0)).contains("SJC", "LAX", "SEA").doesNotContain(CatchmentMapChart.MOVED);
        assertThat(maps.get(1)).doesNotContain("SJC").contains("LAX", CatchmentMapChart.MOVED);
        assertThat(((CombinedRangeXYPlot) catchment.getPlot()).getRangeAxis().getLabel()).isEqualTo("latitude (°N)");
    }

    @Test
    void chartsWhoseMetricsAreAbsentAreSkippedWithAReason(@TempDir Path other) throws Exception {
        RunFixture bare = Fixtures.serverCrash().without(true, true, true, true);
        Map<String, ChartOutcome> charts = byId(RunData.load(bare.writeTo(other)));

        assertThat(charts.get(LatencyChart.ID)).isInstanceOf(ChartOutcome.Skipped.class);
        assertThat(((ChartOutcome.Skipped) charts.get(LatencyChart.ID)).reason()).contains("latency");
        assertThat(charts.get(BgpActivityChart.ID)).isInstanceOf(ChartOutcome.Skipped.class);
        assertThat(charts.get(CatchmentMapChart.ID)).isInstanceOf(ChartOutcome.Skipped.class);
        // Drops are still there without sessions: the chart keeps the panel it can draw.
        assertThat(ChartInspection.seriesKeys(chart(charts, DropsAndSessionsChart.ID))).hasSize(1);
        assertThat(charts.get(TrafficByPopChart.ID)).isInstanceOf(ChartOutcome.Drawn.class);
    }

    @Test
    void aLongRunIsBinnedAndTheSubtitleSaysSo() throws Exception {
        RunData run = RunData.load(Fixtures.serverCrash().duration(3000, 1).writeTo(dir.resolve("long")));
        JFreeChart chart = chart(byId(run), TrafficByPopChart.ID);
        assertThat(chart.getXYPlot().getDataset().getItemCount(0)).isLessThanOrEqualTo(SeriesGrid.MAX_POINTS);
        assertThat(((TextTitle) chart.getSubtitle(1)).getText())
                .contains("each point is the mean of 3 samples (3.00 s)");
    }
}
