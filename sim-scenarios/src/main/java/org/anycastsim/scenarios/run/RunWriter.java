package org.anycastsim.scenarios.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anycastsim.core.bgp.ConvergenceMonitor;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.metrics.LogEvent;
import org.anycastsim.core.metrics.TimeSeries;
import org.anycastsim.core.model.ModelConfig;
import org.anycastsim.report.data.BrokenSessions;
import org.anycastsim.report.data.EventKind;
import org.anycastsim.report.data.Expectation;
import org.anycastsim.report.data.InjectedEvent;
import org.anycastsim.report.data.SnapshotRef;
import org.anycastsim.report.data.Summary;
import org.anycastsim.report.data.TrafficTotals;
import org.anycastsim.report.export.EventLogJsonlWriter;
import org.anycastsim.report.export.SummaryJsonWriter;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.topology.BuiltinTopology;

/**
 * Writes a finished run's files (docs/OUTPUT-FORMAT.md): summary.json, timeseries.csv,
 * events.jsonl, catchment-*.csv and snapshots/*.txt, through the report module's writers so that
 * the writer and the reader share one definition of the format.
 */
final class RunWriter {
    private RunWriter() {}

    static void write(Path dir, Scenario scenario, long seed, ModelConfig config, RunResult result, TimeSeries series,
            Snapshots snapshots, String command) throws IOException {
        Files.createDirectories(dir);
        Measurements m = result.measurements();
        try (Writer w = Files.newBufferedWriter(dir.resolve("timeseries.csv"), StandardCharsets.UTF_8)) {
            series.writeCsv(w);
        }
        try (EventLogJsonlWriter w = new EventLogJsonlWriter(dir.resolve("events.jsonl"))) {
            for (LogEvent e : m.log()) {
                w.write(new org.anycastsim.report.data.LogEvent(SimTime.toSeconds(e.time()),
                        EventKind.valueOf(e.kind().name()), e.type(), e.node(), e.pop(), e.detail(), e.fields()));
            }
        }
        List<SnapshotRef> refs = new ArrayList<>();
        for (Snapshots.Taken t : snapshots.taken()) {
            Path file = dir.resolve(t.fileName());
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                if (t.catchment() != null) {
                    t.catchment().writeCsv(w);
                } else if (t.text() != null) {
                    w.write(t.text());
                }
            }
            refs.add(new SnapshotRef(SimTime.toSeconds(t.atNanos()), t.label(), t.kind().name().toLowerCase(Locale.ROOT),
                    t.fileName()));
        }
        SummaryJsonWriter.write(summary(scenario, seed, config, result, refs, command), dir.resolve("summary.json"));
    }

    private static Summary summary(Scenario scenario, long seed, ModelConfig config, RunResult result,
            List<SnapshotRef> snapshots, String command) {
        Measurements m = result.measurements();
        List<Expectation> expectations = new ArrayList<>();
        for (ExpectationCheck.Verdict v : result.verdicts()) {
            expectations.add(new Expectation(v.name(), v.passed(), v.measured(), v.bound()));
        }
        List<InjectedEvent> events = new ArrayList<>();
        for (int i = 0; i < m.events().size(); i++) {
            var e = m.events().get(i);
            ConvergenceMonitor.Window w = m.windows().get(i + 1);
            events.add(new InjectedEvent(SimTime.toSeconds(e.atNanos()), e.action(), e.target(),
                    w.convergenceSeconds(), m.dataPlaneSeconds()[i], w.updates(), w.converged()));
        }
        TrafficTotals traffic = new TrafficTotals(0, 0, 0, 0, new BrokenSessions(0, 0, 0), 0);
        if (m.totals() != null) {
            var t = m.totals();
            traffic = new TrafficTotals(t.offered(), t.served(), t.dropped(), t.lostFraction(),
                    new BrokenSessions(t.brokenSessions().getOrDefault("server-change", 0L),
                            t.brokenSessions().getOrDefault("pop-change", 0L),
                            t.brokenSessions().getOrDefault("server-death", 0L)),
                    t.sampledSessions());
        }
        String topology = scenario.topology() instanceof BuiltinTopology b ? b.name() : "explicit";
        return new Summary(scenario.name(), scenario.description(), seed, SimTime.toSeconds(scenario.durationNanos()),
                // Wall time is left out (null) so that the same seed gives the same bytes.
                topology, command, parameters(config), expectations, events, traffic, snapshots, Double.NaN,
                m.simulatedEvents());
    }

    private static Map<String, String> parameters(ModelConfig c) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("popHashing", c.popHashing().getClass().getSimpleName());
        p.put("ebgp", timers(c.bgp().ebgp()));
        p.put("ibgp", timers(c.bgp().ibgp()));
        p.put("server", timers(c.bgp().server()));
        p.put("popMaxPaths", Integer.toString(c.bgp().popMaxPaths()));
        p.put("monitorInterval", c.hosts().monitor().checkIntervalSeconds() + "s");
        p.put("pathInflation", Double.toString(c.propagation().pathInflation()));
        return p;
    }

    private static String timers(org.anycastsim.core.bgp.SessionTimers t) {
        return "hold " + SimTime.format(t.holdNanos()) + ", keepalive " + SimTime.format(t.keepaliveNanos())
                + ", MRAI " + SimTime.format(t.mraiNanos())
                + (t.bfd() ? ", BFD " + SimTime.format(t.bfdIntervalNanos()) + " x" + t.bfdMultiplier() : "");
    }
}
