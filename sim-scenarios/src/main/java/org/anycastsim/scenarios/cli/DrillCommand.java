package org.anycastsim.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.anycastsim.report.ReportRenderer;
import org.anycastsim.report.data.SuiteEntry;
import org.anycastsim.report.data.SuiteIndex;
import org.anycastsim.report.export.SuiteJsonWriter;
import org.anycastsim.scenarios.run.Drills;
import org.anycastsim.scenarios.run.ParallelRuns;
import org.anycastsim.scenarios.run.RunResult;
import org.anycastsim.scenarios.run.ScenarioRunner;
import org.anycastsim.scenarios.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anycast-sim drill NAME|--all}: the seed's five failure scenarios on cloudflare-2013. */
@Command(
        name = "drill",
        mixinStandardHelpOptions = true,
        description = "Run the seed's failure drills on the built-in cloudflare-2013 world: process-crash, "
                + "server-crash, switch-crash, router-crash and thermonuclear (PoPs lost one after another until more "
                + "than half are gone). Each drill's expectations encode what the seed says should happen. Writes each "
                + "drill's files into DIR/NAME, suite.json and report.html into DIR, and prints a table. Exit status: 0 "
                + "when every expectation passed, 1 otherwise, 2 for bad input.",
        footer = {"", "Examples:", "  anycast-sim drill --all", "  anycast-sim drill server-crash --trace --threads 1",
            "", "The drill files: examples/drills/*.yaml (run one with 'anycast-sim run')."})
final class DrillCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(arity = "1..*", paramLabel = "NAME", description = "Drills to run: ${COMPLETION-CANDIDATES}.",
                completionCandidates = Names.class)
        List<String> names;

        @Option(names = "--all", description = "Run all five drills.")
        boolean all;
    }

    static final class Names extends ArrayList<String> {
        Names() {
            super(Drills.NAMES);
        }
    }

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws Exception {
        List<String> names = which.all ? Drills.NAMES : which.names;
        if (new java.util.HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("a drill is named twice: " + String.join(" ", names));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : names) {
            scenarios.add(Drills.load(name));
        }
        Path out = run.outDir("drills");
        PrintWriter stdout = spec.commandLine().getOut();
        int threads = run.trace ? 1 : Math.min(run.threads(), scenarios.size());
        stdout.printf("running %d drill(s) on %d thread(s) into %s%n", scenarios.size(), threads, out);
        stdout.flush();
        List<RunResult> results = runAll(scenarios, out, threads, stdout);
        List<SuiteEntry> entries = new ArrayList<>();
        for (RunResult r : results) {
            entries.add(new SuiteEntry(r.scenario(), r.scenario(), r.passed()));
        }
        SuiteJsonWriter.write(new SuiteIndex(entries), out.resolve("suite.json"));
        ResultTable.print(stdout, results);
        if (!run.noReport) {
            ReportRenderer.renderSuite(out);
        }
        stdout.println("outputs: " + out + (run.noReport ? "" : " (open " + out.resolve("report.html") + ")"));
        stdout.flush();
        return results.stream().allMatch(RunResult::passed) ? 0 : 1;
    }

    private List<RunResult> runAll(List<Scenario> scenarios, Path out, int threads, PrintWriter stdout) throws Exception {
        List<ParallelRuns.Job<RunResult>> jobs = new ArrayList<>();
        for (Scenario s : scenarios) {
            long seed = run.seedFor(s);
            ScenarioRunner.Options options = new ScenarioRunner.Options(run.seed, out.resolve(s.name()),
                    run.trace ? line -> {
                        synchronized (stdout) {
                            stdout.println(line);
                        }
                    } : null, null, "anycast-sim drill " + s.name() + " --seed " + seed);
            jobs.add(() -> ScenarioRunner.run(s, options));
        }
        return ParallelRuns.run(jobs, threads, "drill");
    }
}
