package org.anycastsim.scenarios.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anycastsim.scenarios.bench.HoldModelBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anycast-sim bench kernel}: the hold model against {@code java.util.PriorityQueue}. */
@Command(
        name = "kernel",
        mixinStandardHelpOptions = true,
        description = "Hold-model benchmark of the event list: pre-fill N events at Exp(1) increments, "
                + "then repeatedly run the earliest event, which schedules one more at now + Exp(1). "
                + "The same loop over java.util.PriorityQueue of (time, sequence) objects, in the same JVM, "
                + "is the baseline. Prints holds per second (median of the repetitions) and the ratio "
                + "kernel / baseline.")
final class BenchKernelCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000,1000000",
            description = "Event-list sizes N (default: ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--repetitions", defaultValue = "5",
            description = "Timed repetitions per size; the median is reported (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--holds", defaultValue = "2000000",
            description = "Holds per repetition (default: ${DEFAULT-VALUE}).")
    long holds;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the increments (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        for (int n : sizes) {
            if (n < 1) {
                throw new IllegalArgumentException("--sizes: every size must be at least 1, got " + n);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.printf(Locale.ROOT, "hold model, %d holds x %d repetitions per size (median), sizes %s%n",
                    holds, repetitions, Arrays.toString(sizes));
            out.flush();
        }
        List<HoldModelBenchmark.Result> results = new HoldModelBenchmark(seed, repetitions, holds).run(sizes);
        if (json) {
            List<Map<String, Object>> rows = results.stream().map(r -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("n", r.n());
                row.put("kernelHoldsPerSec", Math.round(r.kernelHoldsPerSec()));
                row.put("baselineHoldsPerSec", Math.round(r.baselineHoldsPerSec()));
                row.put("ratio", Math.round(r.ratio() * 100) / 100.0);
                return row;
            }).toList();
            ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(Map.of("results", rows)));
        } else {
            out.printf(Locale.ROOT, "%10s  %22s  %24s  %6s%n", "N", "kernel (holds/s)", "PriorityQueue (holds/s)", "ratio");
            for (HoldModelBenchmark.Result r : results) {
                out.printf(Locale.ROOT, "%,10d  %,22.0f  %,24.0f  %5.2fx%n",
                        r.n(), r.kernelHoldsPerSec(), r.baselineHoldsPerSec(), r.ratio());
            }
        }
        out.flush();
        return 0;
    }
}
