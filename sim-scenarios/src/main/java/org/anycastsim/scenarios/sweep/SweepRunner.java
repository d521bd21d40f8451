package org.anycastsim.scenarios.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.anycastsim.report.ReportRenderer;
import org.anycastsim.scenarios.input.InputException;
import org.anycastsim.scenarios.run.ParallelRuns;
import org.anycastsim.scenarios.run.RunResult;
import org.anycastsim.scenarios.run.ScenarioRunner;

/**
 * Runs a sweep's runs on a fixed pool of threads. Each run builds its own world and model from its
 * own scenario and seed and shares nothing mutable with the others, so it comes out the same on
 * any thread; the outcomes are collected in run order, so the number of threads changes only how
 * long a sweep takes.
 */
public final class SweepRunner {

    /**
     * How to run.
     *
     * @param threads     how many runs at once (at least 1)
     * @param runsDir     where each run writes its files, in a folder named after it; null: nowhere
     *                    (the sweep keeps only its table)
     * @param runReports  render each kept run's report.html too
     * @param command     the command line that reproduces a run, for its summary.json
     * @param finished    told of each run as it finishes, from the thread that ran it; may be null
     */
    public record Options(int threads, Path runsDir, boolean runReports, Function<SweepRun, String> command,
            Consumer<RunOutcome> finished) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
        }

        /** Keep nothing, report nothing: what tests want. */
        public static Options inMemory(int threads) {
            return new Options(threads, null, false, run -> null, null);
        }
    }

    private SweepRunner() {}

    /** The outcomes, in the order of {@code runs}. */
    public static List<RunOutcome> run(List<SweepRun> runs, Options options) throws IOException, InputException {
        List<ParallelRuns.Job<RunOutcome>> jobs = new ArrayList<>();
        for (SweepRun run : runs) {
            jobs.add(() -> runOne(run, options));
        }
        return ParallelRuns.run(jobs, options.threads(), "sweep");
    }

    private static RunOutcome runOne(SweepRun run, Options options) throws IOException, InputException {
        Path dir = options.runsDir() == null ? null : options.runsDir().resolve(run.name());
        RunResult result = ScenarioRunner.run(run.scenario(),
                new ScenarioRunner.Options(null, dir, null, null, options.command().apply(run)));
        if (dir != null && options.runReports()) {
            ReportRenderer.renderRun(dir);
        }
        RunOutcome outcome = RunOutcome.of(run, result);
        if (options.finished() != null) {
            options.finished().accept(outcome);
        }
        return outcome;
    }
}
