package org.anycastsim.scenarios.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.model.ModelConfig;
import org.anycastsim.scenarios.bench.EcmpLookupBenchmark;
import org.anycastsim.scenarios.bench.PathResolutionBenchmark;
import org.anycastsim.scenarios.bench.WorldBuildBenchmark;
import org.anycastsim.scenarios.run.InitialConvergence;
import org.anycastsim.scenarios.world.BuiltInTopologies;
import org.anycastsim.scenarios.world.BuiltInTopology;
import org.anycastsim.scenarios.world.World;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anycast-sim bench forward}: ECMP lookups, FIB path resolutions, and the build of a world. */
@Command(
        name = "forward",
        mixinStandardHelpOptions = true,
        description = {
            "ECMP lookups/s, FIB path resolutions/s, and the build time of a world.",
            "Three parts:",
            "(1) ECMP lookups per second: NextHopGroup.select over 65,536 pre-computed flow hashes, for "
                    + "Maglev (65,537-slot table), hash-threshold (RFC 2992 regions) and resilient buckets "
                    + "(4,096 buckets), after one untimed repetition each.",
            "(2) Path resolutions per second: the walk of a random flow (random eyeball network, client "
                    + "address, service address, ports, UDP or TCP) through every router's FIB to a server, "
                    + "on the world after BGP converged.",
            "(3) Build time of the world and of all its IGP tables: cold (the first build in this JVM, "
                    + "which pays for class loading and the data files) and warm.",
            "Figures are medians of the repetitions. JSON keys: topology, repetitions, lookups {nextHops, "
                    + "lookupsPerRepetition, schemes [{scheme, slots, lookupsPerSec}]}, resolutions "
                    + "{resolutionsPerSec, flows, meanHops, deliveredShare, bgpConvergedAtSeconds}, build "
                    + "{coldMs, coldWorldMs, coldIgpMs, warmMs, warmWorldMs, warmIgpMs}."
        })
final class BenchForwardCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--topology", paramLabel = "NAME", defaultValue = "cloudflare-2013",
            description = "The built-in world for parts 2 and 3 (default: ${DEFAULT-VALUE}).")
    String topology;

    @Option(names = "--next-hops", defaultValue = "12",
            description = "Members of the ECMP group of part 1, e.g. the servers of a large PoP "
                    + "(default: ${DEFAULT-VALUE}).")
    int nextHops;

    @Option(names = "--lookups", defaultValue = "50000000",
            description = "ECMP lookups per repetition and scheme (default: ${DEFAULT-VALUE}).")
    long lookups;

    @Option(names = "--resolutions", defaultValue = "2000000",
            description = "Path resolutions per repetition (default: ${DEFAULT-VALUE}).")
    long resolutions;

    @Option(names = "--repetitions", defaultValue = "5",
            description = "Timed repetitions of each part; the median is reported (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--seed", defaultValue = "1",
            description = "Seed of the flows and of the model (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object instead of tables (keys above).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (repetitions < 1 || lookups < 1 || resolutions < 1 || nextHops < 1) {
            throw new IllegalArgumentException("--repetitions, --lookups, --resolutions and --next-hops must be positive");
        }
        BuiltInTopology<?> world = BuiltInTopologies.get(topology);
        PrintWriter out = spec.commandLine().getOut();
        // The cold build must come first: any earlier build would warm the JVM up for it.
        WorldBuildBenchmark builds = new WorldBuildBenchmark(world);
        WorldBuildBenchmark.Build cold = builds.once();

        List<EcmpLookupBenchmark.Result> ecmp = new EcmpLookupBenchmark(nextHops, lookups, repetitions, seed).run();

        World w = world.build();
        AnycastModel model = AnycastModel.build(w.topology(), w.sessions(), ModelConfig.defaults(), seed);
        InitialConvergence.Result bgp = InitialConvergence.run(model);
        PathResolutionBenchmark.Result paths = new PathResolutionBenchmark(model, resolutions, repetitions, seed).run();

        WorldBuildBenchmark.Build warm = builds.median(repetitions);

        if (json) {
            out.println(new ObjectMapper().writeValueAsString(json(ecmp, paths, bgp, cold, warm)));
        } else {
            text(out, ecmp, paths, bgp, cold, warm);
        }
        out.flush();
        return 0;
    }

    private void text(PrintWriter out, List<EcmpLookupBenchmark.Result> ecmp, PathResolutionBenchmark.Result paths,
            InitialConvergence.Result bgp, WorldBuildBenchmark.Build cold, WorldBuildBenchmark.Build warm) {
        out.printf(Locale.ROOT, "ECMP lookups: %d next hops, %,d lookups per repetition, median of %d%n", nextHops,
                lookups, repetitions);
        out.printf(Locale.ROOT, "  %-16s %14s %18s%n", "scheme", "table (slots)", "lookups/s");
        for (EcmpLookupBenchmark.Result r : ecmp) {
            out.printf(Locale.ROOT, "  %-16s %,14d %,18.0f%n", r.scheme(), r.slots(), r.lookupsPerSecond());
        }
        out.printf(Locale.ROOT, "FIB path resolutions on %s (BGP converged at t = %.3f s), %,d random flows, "
                + "median of %d:%n", topology, SimTime.toSeconds(bgp.lastChangeNanos()), paths.flows(), repetitions);
        out.printf(Locale.ROOT, "  %,.0f resolutions/s (%.2f hops per path on average, %.1f %% delivered)%n",
                paths.resolutionsPerSecond(), paths.meanHops(), 100 * paths.deliveredShare());
        out.printf(Locale.ROOT, "Build of %s with all IGP tables:%n", topology);
        build(out, "cold (first in this JVM)", cold);
        build(out, "warm (median of " + repetitions + ")", warm);
    }

    private static void build(PrintWriter out, String label, WorldBuildBenchmark.Build b) {
        out.printf(Locale.ROOT, "  %-26s %,8.0f ms (world %,.0f ms + IGP %,.0f ms)%n", label, ms(b.totalNanos()),
                ms(b.worldNanos()), ms(b.igpNanos()));
    }

    private Map<String, Object> json(List<EcmpLookupBenchmark.Result> ecmp, PathResolutionBenchmark.Result paths,
            InitialConvergence.Result bgp, WorldBuildBenchmark.Build cold, WorldBuildBenchmark.Build warm) {
        Map<String, Object> lookupsJson = new LinkedHashMap<>();
        lookupsJson.put("nextHops", nextHops);
        lookupsJson.put("lookupsPerRepetition", lookups);
        lookupsJson.put("schemes", ecmp.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scheme", r.scheme());
            m.put("slots", r.slots());
            m.put("lookupsPerSec", Math.round(r.lookupsPerSecond()));
            return m;
        }).toList());
        Map<String, Object> pathsJson = new LinkedHashMap<>();
        pathsJson.put("resolutionsPerSec", Math.round(paths.resolutionsPerSecond()));
        pathsJson.put("flows", paths.flows());
        pathsJson.put("meanHops", Rounding.round(paths.meanHops(), 2));
        pathsJson.put("deliveredShare", Rounding.round(paths.deliveredShare(), 4));
        pathsJson.put("bgpConvergedAtSeconds", Rounding.round(SimTime.toSeconds(bgp.lastChangeNanos()), 3));
        Map<String, Object> build = new LinkedHashMap<>();
        build.put("coldMs", roundMs(cold.totalNanos()));
        build.put("coldWorldMs", roundMs(cold.worldNanos()));
        build.put("coldIgpMs", roundMs(cold.igpNanos()));
        build.put("warmMs", roundMs(warm.totalNanos()));
        build.put("warmWorldMs", roundMs(warm.worldNanos()));
        build.put("warmIgpMs", roundMs(warm.igpNanos()));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("topology", topology);
        root.put("repetitions", repetitions);
        root.put("lookups", lookupsJson);
        root.put("resolutions", pathsJson);
        root.put("build", build);
        return root;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double roundMs(long nanos) {
        return Rounding.round(nanos / 1e6, 1);
    }
}
