package org.anycastsim.scenarios.cli;

import java.nio.file.Path;
import org.anycastsim.scenarios.scenario.Scenario;
import picocli.CommandLine.Option;

/** Options shared by run, drill and sweep. */
final class RunOptions {
    static final Path DEFAULT_ROOT = Path.of("anycast-sim-out");

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: anycast-sim-out/...).")
    Path out;

    @Option(names = "--seed", description = "Master seed; overrides the scenario's.")
    Long seed;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--trace", description = "Print the readable BGP and operations trace (for teaching).")
    boolean trace;

    @Option(names = "--no-report", description = "Write the data files but not report.html and its charts.")
    boolean noReport;

    @Option(names = "--threads", description = "Runs in parallel (drill --all, sweep; default: the number of cores).")
    Integer threads;

    Path outDir(String defaultSub) {
        return out != null ? out : DEFAULT_ROOT.resolve(defaultSub);
    }

    long seedFor(Scenario s) {
        return seed != null ? seed : s.seed();
    }

    int threads() {
        return threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    }
}
