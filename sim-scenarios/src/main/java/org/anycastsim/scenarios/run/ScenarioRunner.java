package org.anycastsim.scenarios.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.anycastsim.core.bgp.BgpTextTrace;
import org.anycastsim.core.bgp.ConvergenceMonitor;
import org.anycastsim.core.bgp.PathAttributes;
import org.anycastsim.core.bgp.AsPath;
import org.anycastsim.core.bgp.Origin;

import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.metrics.LogEvent;
import org.anycastsim.core.metrics.MetricsRecorder;
import org.anycastsim.core.metrics.TimeSeries;
import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.model.ModelConfig;
import org.anycastsim.core.model.RoutingLog;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.traffic.Load;
import org.anycastsim.core.traffic.Traffic;
import org.anycastsim.core.traffic.TrafficClass;
import org.anycastsim.core.traffic.TrafficConfig;
import org.anycastsim.core.traffic.session.Sampling;
import org.anycastsim.scenarios.input.InputException;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.expect.Expectation;

/**
 * Runs one scenario: builds its world and model, attaches traffic, metrics and the routing log,
 * plays the timeline, runs for the scenario's duration, measures convergence per injected event,
 * evaluates the expectations and (with an output folder) writes the run's files.
 */
public final class ScenarioRunner {

    /**
     * How to run.
     *
     * @param seed     overrides the scenario's seed when not null
     * @param outDir   where to write the run's files; null: write nothing
     * @param trace    receives the readable BGP and operations trace; null: no trace
     * @param progress told the simulated time as the run advances (nanoseconds); null: silent
     * @param command  the command line that reproduces the run, for the report
     */
    public record Options(Long seed, Path outDir, Consumer<String> trace, Consumer<Long> progress, String command) {
        public static Options quiet() {
            return new Options(null, null, null, null, null);
        }
    }

    private ScenarioRunner() {}

    public static RunResult run(Scenario scenario, Options options) throws IOException, InputException {
        long wallStart = System.nanoTime();
        long seed = options.seed() != null ? options.seed() : scenario.seed();
        ExplicitWorld.Built built = WorldFactory.build(scenario);
        var world = built.world();
        ModelConfig config = ModelConfigs.of(scenario, world.topology(), built.servicesByServer());
        AnycastModel model = AnycastModel.build(world.topology(), world.sessions(), config, seed, built.overrides());
        Simulator sim = model.simulator();
        model.bgp().addListener(new RoutingLog(model.log(), model.bgp()));
        if (options.trace() != null) {
            model.bgp().addListener(new BgpTextTrace(options.trace(), false));
            // Route changes and lost sessions are already in the BGP trace; the rest of the log joins it.
            model.log().addListener(e -> {
                if (e.kind() != org.anycastsim.core.metrics.LogKind.ROUTE_CHANGE && !RoutingLog.isSessionLoss(e)) {
                    options.trace().accept(SimTime.format(e.time()) + " " + e.detail());
                }
            });
        }
        long trafficStart = trafficStart(scenario);
        TimeSeries series = new TimeSeries();
        MetricsRecorder metrics = new MetricsRecorder(sim, series,
                scenario.traffic().resolution().orElse(MetricsRecorder.DEFAULT_RESOLUTION));
        metrics.addProbe(new BgpProbe(model.bgp()));
        DataPlaneTracker dataPlane = new DataPlaneTracker(sim);
        Traffic[] traffic = new Traffic[1];
        if (!scenario.traffic().services().isEmpty()) {
            TrafficConfig tc = TrafficConfig.defaults();
            if (scenario.traffic().sessionsPerSecond().isPresent()) {
                double rate = scenario.traffic().sessionsPerSecond().getAsDouble();
                tc = tc.withSampling(rate > 0 ? Sampling.perSecond(rate) : Sampling.OFF);
            }
            TrafficConfig trafficConfig = tc;
            // Users arrive once BGP has converged: the measurement does not count the cold start.
            sim.schedule(trafficStart, () -> {
                traffic[0] = model.attachTraffic(
                        DemandFactory.build(world.topology(), scenario.traffic(), scenario.timeline()), trafficConfig);
                metrics.addProbe(traffic[0].probe());
                dataPlane.start(traffic[0]);
            });
        }
        Snapshots snapshots = new Snapshots(model);
        TimelineExecutor timeline = new TimelineExecutor(model, snapshots, dataPlane);
        timeline.schedule(scenario.timeline());
        Map<String, String> reached = new HashMap<>();
        Map<Long, Load> countsAt = new HashMap<>();
        scheduleProbes(scenario, model, traffic, reached, countsAt);
        built.originated().forEach((node, prefixes) -> prefixes.forEach(p -> model.bgp().speaker(node)
                .originate(p, PathAttributes.of(AsPath.EMPTY, Origin.IGP, node.address()))));

        model.start();
        metrics.start();
        long end = scenario.durationNanos();
        long step = Math.max(SimTime.seconds(1), end / 200);
        for (long t = Math.min(step, end); ; t = Math.min(t + step, end)) {
            sim.runUntil(t);
            if (options.progress() != null) {
                options.progress().accept(sim.now());
            }
            if (model.convergence().diverged() || t >= end) {
                break;
            }
        }
        metrics.sampleNow();
        if (traffic[0] != null) {
            countsAt.put(end, traffic[0].fluid().aggregates().totalCounts(TrafficClass.LEGIT));
        }

        Measurements m = measure(model, traffic[0], timeline, dataPlane, series, reached, countsAt, end, wallStart);
        List<ExpectationCheck.Verdict> verdicts = ExpectationCheck.evaluate(scenario.expectations(), m, end);
        RunResult result = new RunResult(scenario.name(), seed, verdicts, m, options.outDir());
        if (options.outDir() != null) {
            RunWriter.write(options.outDir(), scenario, seed, config, result, series, snapshots, options.command());
        }
        return result;
    }

    /**
     * When users start sending: 20 s before the first action that changes the network (or at 0), so
     * that BGP's initial convergence is not counted as loss (see MODELLING-ASSUMPTIONS.md).
     */
    static long trafficStart(Scenario scenario) {
        for (var a : scenario.timeline()) {
            if (!(a instanceof org.anycastsim.scenarios.scenario.timeline.TimelineAction.Snapshot)) {
                return Math.max(0, a.at() - SimTime.seconds(20));
            }
        }
        return Math.max(0, scenario.durationNanos() / 2 - SimTime.seconds(20));
    }

    /** Where clients are at the instants the expectations ask, and request counts at the instants they need. */
    private static void scheduleProbes(Scenario scenario, AnycastModel model, Traffic[] traffic,
            Map<String, String> reached, Map<Long, Load> countsAt) {
        for (Expectation e : scenario.expectations()) {
            if (e instanceof Expectation.Reaches r) {
                model.simulator().schedule(r.at(), () -> reached.put(r.client() + "@" + r.at(),
                        popReached(model, r.client())));
            } else if (e instanceof Expectation.ServedFraction f) {
                model.simulator().schedule(f.after(), () -> {
                    if (traffic[0] != null) {
                        countsAt.put(f.after(), traffic[0].fluid().aggregates().totalCounts(TrafficClass.LEGIT));
                    }
                });
            }
        }
    }

    /** The PoP (or, without PoPs, the node) answering the client's packets to the first service prefix. */
    static String popReached(AnycastModel model, String client) {
        Node source = model.topology().node(client);
        if (source == null) {
            ClientNetwork biggest = null;
            for (ClientNetwork c : model.topology().nodesOf(ClientNetwork.class)) {
                if (c.country().equals(client) && (biggest == null || c.demandWeight() > biggest.demandWeight())) {
                    biggest = c;
                }
            }
            source = biggest;
        }
        List<Prefix> prefixes = model.topology().allServicePrefixes();
        if (source == null || prefixes.isEmpty()) {
            return null;
        }
        int src = source instanceof ClientNetwork c ? c.clientBlock().host(1) : source.address();
        org.anycastsim.core.forward.Path p = model.paths().resolve(source, src, prefixes.get(0).host(1), 40000, 53, 17);
        if (!p.delivered()) {
            return null;
        }
        return p.pop() != null ? p.pop() : p.last().name();
    }

    private static Measurements measure(AnycastModel model, Traffic traffic, TimelineExecutor timeline,
            DataPlaneTracker dataPlane, TimeSeries series, Map<String, String> reached, Map<Long, Load> countsAt,
            long end, long wallStart) {
        List<InjectedEvent> events = timeline.injected();
        List<ConvergenceMonitor.Window> windows = model.convergence().windows();
        double[] dp = new double[events.size()];
        for (int i = 0; i < events.size(); i++) {
            long next = i + 1 < events.size() ? events.get(i + 1).atNanos() : end;
            dp[i] = dataPlane.convergenceSeconds(events.get(i).atNanos(), next);
        }
        Map<String, Load> perService = new HashMap<>();
        double maxUtil = 0;
        String worstPop = null;
        Map<String, Double> popPeaks = new LinkedHashMap<>();
        if (traffic != null) {
            for (String s : model.topology().servicePrefixes().keySet()) {
                perService.put(s, traffic.fluid().aggregates().serviceCounts(s, TrafficClass.LEGIT));
            }
            for (TimeSeries.Row r : series.rows()) {
                if (!r.metric().equals("pop.utilisation")) {
                    continue;
                }
                popPeaks.merge(r.entity(), r.value(), Math::max);
                if (r.value() > maxUtil) {
                    maxUtil = r.value();
                    worstPop = r.entity();
                }
            }
        }
        List<LogEvent> log = new ArrayList<>(model.log().events());
        return new Measurements(events, windows, dp, traffic == null ? null : traffic.totals(), perService, maxUtil,
                worstPop, popPeaks, reached, countsAt, log, model.convergence().diverged(),
                model.simulator().executedEvents(), (System.nanoTime() - wallStart) / 1e9);
    }
}
