package org.anycastsim.scenarios.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.traffic.TrafficBenchmark;
import org.anycastsim.scenarios.bench.TrafficThroughputBenchmark;
import org.anycastsim.scenarios.world.BuiltInTopologies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anycast-sim bench traffic}: sampled sessions simulated per second of wall time. */
@Command(
        name = "traffic",
        mixinStandardHelpOptions = true,
        description = {
            "Sampled sessions and kernel events simulated per second of wall time.",
            "Build the world, converge BGP (not timed as traffic), then attach "
                    + "the default demand (every service at 1,000,000 requests/s, spread over the eyeball "
                    + "networks by Internet users) with sampled sessions at --sessions / --sim-seconds per "
                    + "simulated second, and time --sim-seconds of simulated time. Each sampled session is "
                    + "routed through the FIBs to a server and queued there; the fluid model carries the rest.",
            "Reports sessions and kernel events per second of wall time. JSON keys: topology, sessions, "
                    + "simulatedSeconds, wallSeconds, sessionsPerWallSecond, eventsPerWallSecond, events, "
                    + "fluidRecomputations, prepareSeconds, bgpConvergedAtSeconds."
        })
final class BenchTrafficCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sessions", defaultValue = "1000000",
            description = "Sampled sessions to simulate, on average (default: ${DEFAULT-VALUE}).")
    long sessions;

    @Option(names = "--sim-seconds", defaultValue = "10",
            description = "Simulated seconds they start in (default: ${DEFAULT-VALUE}).")
    double simSeconds;

    @Option(names = "--topology", paramLabel = "NAME", defaultValue = "cloudflare-2013",
            description = "The built-in world (default: ${DEFAULT-VALUE}).")
    String topology;

    @Option(names = "--seed", defaultValue = "1", description = "Master seed of the run (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object instead of text (keys above).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (sessions < 1 || !(simSeconds > 0) || simSeconds > 86_400) {
            throw new IllegalArgumentException("--sessions must be positive and --sim-seconds in (0, 86400]");
        }
        TrafficThroughputBenchmark.Result r = TrafficThroughputBenchmark.run(BuiltInTopologies.get(topology),
                sessions, simSeconds, seed);
        TrafficBenchmark.Result t = r.traffic();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("topology", topology);
            m.put("sessions", t.sessions());
            m.put("simulatedSeconds", t.simulatedSeconds());
            m.put("wallSeconds", Rounding.round(t.wallSeconds(), 4));
            m.put("sessionsPerWallSecond", Math.round(t.sessionsPerWallSecond()));
            m.put("eventsPerWallSecond", Math.round(t.eventsPerWallSecond()));
            m.put("events", t.kernelEvents());
            m.put("fluidRecomputations", t.fluidRecomputations());
            m.put("prepareSeconds", Rounding.round(r.prepareNanos() / 1e9, 4));
            m.put("bgpConvergedAtSeconds", Rounding.round(SimTime.toSeconds(r.convergence().lastChangeNanos()), 3));
            out.println(new ObjectMapper().writeValueAsString(m));
        } else {
            out.printf(Locale.ROOT, "sampled sessions on %s: default demand, %,.0f sessions per simulated second "
                    + "for %.1f s of simulated time%n", topology, sessions / simSeconds, simSeconds);
            out.printf(Locale.ROOT, "prepared in %.2f s of wall time (world, model, BGP converged at t = %.3f s)%n",
                    r.prepareNanos() / 1e9, SimTime.toSeconds(r.convergence().lastChangeNanos()));
            out.printf(Locale.ROOT, "%12s  %12s  %9s  %14s  %14s%n", "sessions", "events", "wall (s)", "sessions/s",
                    "events/s");
            out.printf(Locale.ROOT, "%,12d  %,12d  %9.3f  %,14.0f  %,14.0f%n", t.sessions(), t.kernelEvents(),
                    t.wallSeconds(), t.sessionsPerWallSecond(), t.eventsPerWallSecond());
            out.printf(Locale.ROOT, "(per second of wall time; %,d fluid recomputations of the load during the span)%n",
                    t.fluidRecomputations());
        }
        out.flush();
        return 0;
    }
}
