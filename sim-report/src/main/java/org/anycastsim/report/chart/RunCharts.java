package org.anycastsim.report.chart;

import org.anycastsim.report.data.RunData;

import java.util.ArrayList;
import java.util.List;

/** All charts of one run, in the order the page shows them: the big picture first, then the detail. */
public final class RunCharts {

    private RunCharts() {
    }

    public static List<ChartOutcome> build(RunData run) {
        ChartContext ctx = ChartContext.of(run);
        List<ChartOutcome> charts = new ArrayList<>();
        charts.add(TrafficByPopChart.build(ctx));
        charts.add(ServerLoadChart.build(ctx));
        charts.add(DropsAndSessionsChart.build(ctx));
        charts.add(BgpActivityChart.build(ctx));
        charts.add(LatencyChart.build(ctx));
        charts.addAll(CatchmentMapChart.build(ctx));
        return charts;
    }
}
