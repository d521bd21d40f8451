package org.anycastsim.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.anycastsim.report.ReportRenderer;
import org.anycastsim.scenarios.run.RunResult;
import org.anycastsim.scenarios.run.ScenarioRunner;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.validate.ScenarioValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code anycast-sim run FILE}: runs one scenario file and reports its expectations. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run a scenario file (YAML or JSON; see docs/SCENARIO-FORMAT.md): build its network, play its "
                + "timeline, check its expectations, and write summary.json, timeseries.csv, events.jsonl, "
                + "catchments, snapshots and report.html into the output folder. Exit status: 0 when every "
                + "expectation passed, 1 when one failed, 2 for bad input.",
        footer = {"", "Examples:", "  anycast-sim run examples/textbook/diamond.yaml --trace",
            "  anycast-sim run my-drill.yaml --out runs/my-drill --seed 7"})
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario file.")
    Path file;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws Exception {
        SweepFiles.refuseSweep(file, "run");
        Scenario scenario = ScenarioValidator.loadValid(file);
        Path out = run.outDir("runs/" + scenario.name());
        PrintWriter stdout = spec.commandLine().getOut();
        RunResult result = execute(scenario, out, "anycast-sim run " + file + " --seed " + run.seedFor(scenario), stdout);
        ResultTable.print(stdout, List.of(result));
        if (!run.noReport) {
            ReportRenderer.renderRun(out);
        }
        stdout.println("outputs: " + out + (run.noReport ? "" : " (open " + out.resolve("report.html") + ")"));
        stdout.flush();
        return result.passed() ? 0 : 1;
    }

    RunResult execute(Scenario scenario, Path out, String command, PrintWriter stdout) throws Exception {
        Progress progress = Progress.create(run.quiet, scenario.name(), scenario.durationNanos());
        ScenarioRunner.Options options = new ScenarioRunner.Options(run.seed, out,
                run.trace ? line -> {
                    stdout.println(line);
                } : null, progress, command);
        try {
            return ScenarioRunner.run(scenario, options);
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
    }
}
