package org.anycastsim.report.html;

import org.anycastsim.report.chart.ChartOutcome;
import org.anycastsim.report.data.Summary;
import org.anycastsim.report.narrative.KeyFigures;
import org.anycastsim.report.narrative.Narrative;

import java.util.List;
import java.util.Objects;

/**
 * Everything a page shows of one run, prepared: a suite page holds five of these rather than
 * five runs' worth of time series.
 *
 * @param summary   the run's summary
 * @param narrative its story
 * @param figures   key figures beyond the summary
 * @param charts    charts written, paths relative to the run folder
 * @param skipped   charts not drawn, with the reason
 * @param notes     files that were missing
 * @param dataFiles the run's data files present, relative to the run folder
 */
public record RunView(Summary summary, Narrative narrative, KeyFigures figures, List<Figure> charts,
                      List<ChartOutcome.Skipped> skipped, List<String> notes, List<String> dataFiles) {

    public RunView {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(figures, "figures");
        charts = List.copyOf(charts);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        dataFiles = List.copyOf(dataFiles);
    }
}
