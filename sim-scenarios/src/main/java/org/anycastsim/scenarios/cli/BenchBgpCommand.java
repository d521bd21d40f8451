package org.anycastsim.scenarios.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.scenarios.bench.BgpConvergenceBenchmark;
import org.anycastsim.scenarios.bench.Medians;
import org.anycastsim.scenarios.run.InitialConvergence;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anycast-sim bench bgp}: wall time of cloudflare-2013's initial BGP convergence. */
@Command(
        name = "bgp",
        mixinStandardHelpOptions = true,
        description = {
            "Wall time of cloudflare-2013's initial BGP convergence.",
            "Start every router, eyeball network and server of cloudflare-2013 at once and "
                    + "run until routes have been quiet for twice the eBGP MRAI (60 s of simulated time). "
                    + "Reports the wall time from start-up to the last route change (the convergence instant; "
                    + "the quiet period after it is not counted), the simulated time of that change, the "
                    + "UPDATEs sent, and kernel events per second of wall time up to the convergence instant.",
            "The world carries the 4 standard service prefixes (dns and proxy /24s) plus extra proxy /24s "
                    + "to reach --prefixes. An UPDATE carries every prefix that shares its attributes, so more "
                    + "prefixes mean more route changes (best-path and FIB changes, counted per prefix) rather "
                    + "than more UPDATEs. Each run builds a fresh world and model (build time shown apart); "
                    + "the first run also pays for JIT compilation, so the median is of all runs and the first "
                    + "is shown too.",
            "JSON keys: topology, prefixes, speakers, sessions, converged, simulatedSeconds, updates, routeChanges, "
                    + "wallSeconds (median), firstRunWallSeconds, eventsPerWallSecond (median), runs [{run, "
                    + "buildSeconds, wallSeconds, totalWallSeconds, simulatedSeconds, updates, routeChanges, events, "
                    + "eventsPerWallSecond, converged}]."
        })
final class BenchBgpCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--prefixes", defaultValue = "10",
            description = "Service prefixes in all, at least 4 (default: ${DEFAULT-VALUE}: 4 standard + 6 extra).")
    int prefixes;

    @Option(names = "--repetitions", defaultValue = "3",
            description = "Runs, each on a fresh world (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--seed", defaultValue = "1", description = "Master seed of the runs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object instead of a table (keys above).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (repetitions < 1) {
            throw new IllegalArgumentException("--repetitions must be at least 1, got " + repetitions);
        }
        BgpConvergenceBenchmark bench = new BgpConvergenceBenchmark(prefixes, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.printf(Locale.ROOT, "initial BGP convergence of cloudflare-2013 with %d service prefixes "
                    + "(%d standard + %d extra proxy /24s), %d runs%n", prefixes,
                    BgpConvergenceBenchmark.standardPrefixes(), prefixes - BgpConvergenceBenchmark.standardPrefixes(),
                    repetitions);
            out.printf(Locale.ROOT, "%3s  %9s  %9s  %9s  %17s  %7s  %14s  %8s  %9s%n", "run", "build (s)", "wall (s)",
                    "total (s)", "converged (sim s)", "UPDATEs", "route changes", "events", "events/s");
            out.flush();
        }
        List<BgpConvergenceBenchmark.Run> runs = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            BgpConvergenceBenchmark.Run run = bench.once();
            runs.add(run);
            if (!json) {
                row(out, r + 1, run);
            }
        }
        double[] wall = runs.stream().mapToDouble(r -> r.convergence().wallNanos() / 1e9).toArray();
        double[] rate = runs.stream().mapToDouble(r -> r.convergence().eventsPerWallSecond()).toArray();
        boolean converged = runs.stream().allMatch(r -> r.convergence().converged());
        InitialConvergence.Result first = runs.get(0).convergence();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(json(runs, Medians.of(wall), Medians.of(rate), converged)));
        } else {
            out.printf(Locale.ROOT, "median: %.3f s of wall time to converge at t = %.3f s of simulated time, "
                    + "%,.0f events/s%s%n", Medians.of(wall), SimTime.toSeconds(first.lastChangeNanos()), Medians.of(rate),
                    converged ? "" : " (NOT converged: routes still changed at the limit)");
            out.println("(wall = start-up to the last route change; total adds the 60 s simulated quiet period; "
                    + "build = world and model, not counted)");
        }
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, int n, BgpConvergenceBenchmark.Run run) {
        InitialConvergence.Result c = run.convergence();
        out.printf(Locale.ROOT, "%3d  %9.3f  %9.3f  %9.3f  %17.3f  %,7d  %,14d  %,8d  %,9.0f%n", n,
                run.buildNanos() / 1e9, c.wallNanos() / 1e9, c.totalWallNanos() / 1e9,
                SimTime.toSeconds(c.lastChangeNanos()), c.updates(), c.routeChanges(), c.events(),
                c.eventsPerWallSecond());
        out.flush();
    }

    private Map<String, Object> json(List<BgpConvergenceBenchmark.Run> runs, double wall, double rate,
            boolean converged) {
        BgpConvergenceBenchmark.Run first = runs.get(0);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("topology", "cloudflare-2013");
        root.put("prefixes", prefixes);
        root.put("speakers", first.speakers());
        root.put("sessions", first.sessions());
        root.put("converged", converged);
        root.put("simulatedSeconds", Rounding.round(SimTime.toSeconds(first.convergence().lastChangeNanos()), 6));
        root.put("updates", first.convergence().updates());
        root.put("routeChanges", first.convergence().routeChanges());
        root.put("wallSeconds", Rounding.round(wall, 4));
        root.put("firstRunWallSeconds", Rounding.round(first.convergence().wallNanos() / 1e9, 4));
        root.put("eventsPerWallSecond", Math.round(rate));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            BgpConvergenceBenchmark.Run run = runs.get(i);
            InitialConvergence.Result c = run.convergence();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("run", i + 1);
            m.put("buildSeconds", Rounding.round(run.buildNanos() / 1e9, 4));
            m.put("wallSeconds", Rounding.round(c.wallNanos() / 1e9, 4));
            m.put("totalWallSeconds", Rounding.round(c.totalWallNanos() / 1e9, 4));
            m.put("simulatedSeconds", Rounding.round(SimTime.toSeconds(c.lastChangeNanos()), 6));
            m.put("updates", c.updates());
            m.put("routeChanges", c.routeChanges());
            m.put("events", c.events());
            m.put("eventsPerWallSecond", Math.round(c.eventsPerWallSecond()));
            m.put("converged", c.converged());
            rows.add(m);
        }
        root.put("runs", rows);
        return root;
    }
}
