package org.anycastsim.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.anycastsim.report.ReportRenderer;
import org.anycastsim.scenarios.scenario.source.Suggestions;
import org.anycastsim.scenarios.sweep.Sweep;
import org.anycastsim.scenarios.sweep.SweepPlanner;
import org.anycastsim.scenarios.sweep.SweepResults;
import org.anycastsim.scenarios.sweep.SweepRun;
import org.anycastsim.scenarios.sweep.SweepRunner;
import org.anycastsim.scenarios.sweep.load.SweepLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anycast-sim sweep FILE}: many variants of one scenario, in parallel, ranked worst first. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Run a sweep file (see docs/SCENARIO-FORMAT.md, \"Sweeps\"): one base scenario, run once per "
                    + "element of the network failed (nMinus1), per random k-of-n failure (random), or per "
                    + "combination of parameters (grid). Every run is validated before any starts; runs go in "
                    + "parallel over --threads, each deterministic, so the results do not depend on the thread "
                    + "count.",
            "Writes sweep.csv and sweep.json (one row per run, worst first: highest PoP utilisation, then "
                    + "lost fraction) and report.html with the heat map into the output folder, and prints the "
                    + "ten worst runs. Exit status: 0 when every run's expectations passed, 1 when one failed, "
                    + "2 for bad input."
        },
        footer = {
            "",
            "Examples:",
            "  anycast-sim sweep examples/sweeps/n-minus-1-pops.yaml",
            "  anycast-sim sweep my-sweep.yaml --threads 2 --out runs/n-1",
            "  anycast-sim sweep my-sweep.yaml --only n-1-FRA --keep-runs",
            "",
            "--keep-runs also writes every run's own files and report in DIR/RUN/;",
            "--only reruns chosen runs of a sweep (same seeds) to look at them closely."
        })
final class SweepCommand implements Callable<Integer> {
    private static final int WORST_SHOWN = 10;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The sweep file.")
    Path file;

    @Mixin
    RunOptions run;

    @Option(names = "--keep-runs", description = "Keep every run's files (summary, time series, events, report) in "
            + "DIR/RUN/; by default only the sweep's table is written.")
    boolean keepRuns;

    @Option(names = "--only", paramLabel = "RUN", split = ",",
            description = "Run only these runs of the sweep (by name, e.g. n-1-FRA).")
    List<String> only;

    @Override
    public Integer call() throws Exception {
        if (run.trace) {
            throw new IllegalArgumentException("--trace follows one run; sweep runs go in parallel. Rerun one with "
                    + "--only RUN --keep-runs, or run a scenario file with anycast-sim run --trace");
        }
        SweepFiles.refuseScenario(file);
        Sweep sweep = SweepLoader.load(file);
        OptionalLong seedOverride = run.seed == null ? OptionalLong.empty() : OptionalLong.of(run.seed);
        List<SweepRun> runs = select(SweepPlanner.plan(sweep, seedOverride));
        long seed = seedOverride.orElse(sweep.base().seed());
        Path out = run.outDir("sweeps/" + sweep.name());
        int threads = run.threads();
        PrintWriter stdout = spec.commandLine().getOut();
        SweepProgress progress = SweepProgress.create(run.quiet, sweep.name(), runs.size());
        SweepRunner.Options options = new SweepRunner.Options(threads, keepRuns ? out : null, !run.noReport,
                r -> "anycast-sim sweep " + file + " --seed " + seed + " --only " + r.name() + " --keep-runs",
                progress);
        long start = System.nanoTime();
        SweepResults results;
        try {
            results = SweepResults.of(sweep, seed, SweepRunner.run(runs, options));
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        results.write(out);
        if (!run.noReport) {
            ReportRenderer.renderSweep(out);
        }
        WorstRuns.print(stdout, results, WORST_SHOWN);
        int used = Math.min(threads, runs.size());
        stdout.printf(Locale.ROOT, "%d of %d runs passed (%.1f s of wall time on %d thread%s)%n",
                results.passedCount(), results.runs().size(), wallSeconds, used, used == 1 ? "" : "s");
        stdout.println("outputs: " + out + (run.noReport ? "" : " (open " + out.resolve("report.html") + ")"));
        stdout.flush();
        return results.allPassed() ? 0 : 1;
    }

    /** The runs {@code --only} names, in the sweep's order; all without it. */
    private List<SweepRun> select(List<SweepRun> runs) {
        if (only == null || only.isEmpty()) {
            return runs;
        }
        List<String> names = runs.stream().map(SweepRun::name).toList();
        List<String> unknown = new ArrayList<>();
        for (String name : only) {
            if (!names.contains(name)) {
                unknown.add("'" + name + "'" + Suggestions.didYouMean(name, names));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--only: no run " + String.join(", ", unknown) + " in this sweep; its "
                    + "runs: " + abbreviate(names));
        }
        return runs.stream().filter(r -> only.contains(r.name())).toList();
    }

    private static String abbreviate(List<String> names) {
        return names.size() <= 8 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 4)) + ", ... " + names.get(names.size() - 1);
    }
}
