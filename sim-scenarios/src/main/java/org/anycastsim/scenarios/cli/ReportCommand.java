package org.anycastsim.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.anycastsim.report.RenderResult;
import org.anycastsim.report.ReportRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code anycast-sim report DIR}: re-renders the report of a finished run, drill suite or sweep. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Re-render report.html and its charts (PNG and SVG) from a finished run's files: a run folder "
                + "(summary.json), a drill suite (suite.json) or a sweep (sweep.csv). Nothing is simulated again.",
        footer = {"", "Example:", "  anycast-sim report anycast-sim-out/drills"})
final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The output folder of a run, a drill suite or a sweep.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a folder; give the output folder of a run, drill suite or sweep");
        }
        RenderResult r = ReportRenderer.render(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + r.report() + " and " + (r.files().size() - 1) + " other file(s)");
        r.warnings().forEach(w -> out.println("note: " + w));
        out.flush();
        return 0;
    }
}
