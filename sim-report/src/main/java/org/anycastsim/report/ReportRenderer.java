package org.anycastsim.report;

import org.anycastsim.report.chart.ChartFiles;
import org.anycastsim.report.chart.ChartImage;
import org.anycastsim.report.chart.ChartOutcome;
import org.anycastsim.report.chart.RunCharts;
import org.anycastsim.report.chart.SuiteCharts;
import org.anycastsim.report.chart.SweepCharts;
import org.anycastsim.report.data.OutputFormat;
import org.anycastsim.report.data.ReportInputException;
import org.anycastsim.report.data.RunData;
import org.anycastsim.report.data.SuiteEntry;
import org.anycastsim.report.data.SuiteIndex;
import org.anycastsim.report.data.SuiteRun;
import org.anycastsim.report.data.SweepRow;
import org.anycastsim.report.data.SweepTable;
import org.anycastsim.report.html.Figure;
import org.anycastsim.report.html.RunPage;
import org.anycastsim.report.html.RunView;
import org.anycastsim.report.html.SuiteMember;
import org.anycastsim.report.html.SuitePage;
import org.anycastsim.report.html.SweepPage;
import org.anycastsim.report.narrative.KeyFigures;
import org.anycastsim.report.narrative.Narrator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The entry points: render the report of a run, a drill suite or a sweep from the folder it
 * wrote. Each writes {@code report.html} into the folder and its charts into
 * {@code charts/}, and returns what it wrote and what it could not show.
 *
 * @throws ReportInputException (from every method) when a file breaks the output format;
 *                              it names the file and line
 */
public final class ReportRenderer {

    static {
        ChartFiles.ensureHeadless();
    }

    private ReportRenderer() {
    }

    /** Renders whatever {@code dir} holds: a suite ({@code suite.json}), a sweep ({@code sweep.csv}) or a run. */
    public static RenderResult render(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ReportInputException(dir.toString(), 0, "not a folder");
        }
        if (Files.isRegularFile(dir.resolve(OutputFormat.SUITE))) {
            return renderSuite(dir);
        }
        if (Files.isRegularFile(dir.resolve(OutputFormat.SWEEP))) {
            return renderSweep(dir);
        }
        if (Files.isRegularFile(dir.resolve(OutputFormat.SUMMARY))) {
            return renderRun(dir);
        }
        throw new ReportInputException(dir.toString(), 0, "not a run, suite or sweep folder: it holds none of "
                + OutputFormat.SUMMARY + ", " + OutputFormat.SUITE + " or " + OutputFormat.SWEEP);
    }

    public static RenderResult renderRun(Path runDir) throws IOException {
        return run(runDir).result();
    }

    public static RenderResult renderSuite(Path suiteDir) throws IOException {
        SuiteIndex index = SuiteIndex.read(suiteDir.resolve(OutputFormat.SUITE));
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<SuiteMember> members = new ArrayList<>();
        List<SuiteRun> runs = new ArrayList<>();
        for (SuiteEntry entry : index.runs()) {
            RenderedRun rendered = run(suiteDir.resolve(entry.dir()));
            files.addAll(rendered.result().files());
            for (String warning : rendered.result().warnings()) {
                warnings.add(entry.name() + ": " + warning);
            }
            members.add(new SuiteMember(entry, rendered.view()));
            runs.add(new SuiteRun(entry, rendered.view().summary()));
        }
        Charts charts = writeCharts(SuiteCharts.build(runs), suiteDir, files, warnings);
        return writePage(suiteDir, SuitePage.render(members, charts.figures(), charts.skipped()), files, warnings);
    }

    public static RenderResult renderSweep(Path sweepDir) throws IOException {
        SweepTable table = SweepTable.read(sweepDir.resolve(OutputFormat.SWEEP));
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Charts charts = writeCharts(SweepCharts.build(table), sweepDir, files, warnings);
        Set<String> withReports = new HashSet<>();
        for (SweepRow row : table.rows()) {
            if (isPlainName(row.run()) && Files.isRegularFile(sweepDir.resolve(row.run()).resolve(OutputFormat.REPORT))) {
                withReports.add(row.run());
            }
        }
        return writePage(sweepDir, SweepPage.render(table, charts.figures(), charts.skipped(), withReports), files, warnings);
    }

    /** A run rendered to its folder, and what a suite page needs of it. */
    private record RenderedRun(RenderResult result, RunView view) {
    }

    private static RenderedRun run(Path runDir) throws IOException {
        RunData run = RunData.load(runDir);
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>(run.notes());
        Charts charts = writeCharts(RunCharts.build(run), runDir, files, warnings);
        RunView view = new RunView(run.summary(), Narrator.tell(run), KeyFigures.of(run), charts.figures(),
                charts.skipped(), run.notes(), dataFiles(run));
        RenderResult result = writePage(runDir, RunPage.render(view), files, warnings);
        return new RenderedRun(result, view);
    }

    private record Charts(List<Figure> figures, List<ChartOutcome.Skipped> skipped) {
    }

    private static Charts writeCharts(List<ChartOutcome> outcomes, Path dir, List<Path> files, List<String> warnings)
            throws IOException {
        Path chartDir = dir.resolve(OutputFormat.CHARTS_DIR);
        List<Figure> figures = new ArrayList<>();
        List<ChartOutcome.Skipped> skipped = new ArrayList<>();
        for (ChartOutcome outcome : outcomes) {
            if (outcome instanceof ChartOutcome.Drawn drawn) {
                ChartImage image = ChartFiles.write(drawn, chartDir);
                files.add(image.png());
                files.add(image.svg());
                figures.add(Figure.of(image, dir));
            } else if (outcome instanceof ChartOutcome.Skipped skip) {
                skipped.add(skip);
                warnings.add("chart '" + skip.title() + "' not drawn: " + skip.reason());
            }
        }
        return new Charts(figures, skipped);
    }

    private static RenderResult writePage(Path dir, String html, List<Path> files, List<String> warnings) throws IOException {
        Path report = dir.resolve(OutputFormat.REPORT);
        Files.writeString(report, html, StandardCharsets.UTF_8);
        files.add(report);
        return new RenderResult(report, files, warnings);
    }

    /** The run's data files that exist, for the page to link: a reader can check every number. */
    private static List<String> dataFiles(RunData run) {
        List<String> names = new ArrayList<>(List.of(OutputFormat.SUMMARY, OutputFormat.TIMESERIES, OutputFormat.EVENTS));
        run.catchments().forEach(c -> names.add(OutputFormat.catchmentFile(c.label())));
        run.summary().snapshots().forEach(s -> {
            if (!s.file().isEmpty() && !names.contains(s.file())) {
                names.add(s.file());
            }
        });
        List<String> present = new ArrayList<>();
        for (String name : names) {
            if (isInside(name) && Files.isRegularFile(run.dir().resolve(name))) {
                present.add(name);
            }
        }
        return present;
    }

    /** A sweep run's name used as a folder: one plain path segment. */
    private static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.matches("[^/\\\\:]+");
    }

    /** A relative path from the data that stays inside the folder. */
    private static boolean isInside(String relative) {
        if (relative.isEmpty() || relative.contains("\\") || relative.contains(":") || relative.indexOf('\0') >= 0) {
            return false;
        }
        Path path = Path.of(relative);
        return !path.isAbsolute() && !path.normalize().startsWith("..");
    }
}
