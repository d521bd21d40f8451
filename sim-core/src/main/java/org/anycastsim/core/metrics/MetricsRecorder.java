package org.anycastsim.core.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.anycastsim.core.kernel.Event;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;

/**
 * Samples the run into a {@link TimeSeries} at a fixed resolution (default 1 s of simulated
 * time). At every sample it asks each registered {@link Probe} to write its rows (the traffic
 * layer's probe writes PoP, server, service, session and latency metrics) and writes the counters
 * and gauges other layers feed it:
 *
 * <ul>
 *   <li>a <b>counter</b> accumulates deltas ({@link #recordCounter}); each sample writes what
 *       accumulated in the interval — as a per-second rate when the metric name ends in
 *       {@code _per_s} or {@code _rps} ({@code bgp.updates_per_s}), else as the interval's count —
 *       and restarts from 0. A counter, once fed, writes a row at every sample (0 included).</li>
 *   <li>a <b>gauge</b> holds its last value ({@link #recordGauge}, e.g. {@code bgp.routes}) and
 *       writes it at every sample.</li>
 * </ul>
 *
 * For hot paths, {@link #counter} and {@link #gauge} return handles that skip the name lookup.
 */
public final class MetricsRecorder {
    public static final long DEFAULT_RESOLUTION = SimTime.seconds(1);

    /** Writes one layer's rows at a sample instant; {@code intervalNanos} is the time since the previous sample. */
    @FunctionalInterface
    public interface Probe {
        void sample(long timeNanos, long intervalNanos, TimeSeries out);
    }

    /** A counter fed by another layer. */
    public final class Counter {
        private final int metric;
        private final int entity;
        private final int group;
        private final boolean perSecond;
        private double accumulated;

        private Counter(String metricName, String entityName, String groupName) {
            metric = series.intern(metricName);
            entity = series.intern(entityName);
            group = series.intern(groupName);
            perSecond = metricName.endsWith("_per_s") || metricName.endsWith("_rps");
        }

        public void add(double delta) {
            accumulated += delta;
        }

        private void write(long time, long interval) {
            double v = perSecond ? (interval > 0 ? accumulated / SimTime.toSeconds(interval) : 0.0) : accumulated;
            series.add(time, metric, entity, group, v);
            accumulated = 0;
        }
    }

    /** A gauge fed by another layer. */
    public final class Gauge {
        private final int metric;
        private final int entity;
        private final int group;
        private double value;

        private Gauge(String metricName, String entityName, String groupName) {
            metric = series.intern(metricName);
            entity = series.intern(entityName);
            group = series.intern(groupName);
        }

        public void set(double v) {
            value = v;
        }

        private void write(long time) {
            series.add(time, metric, entity, group, value);
        }
    }

    private record Key(String metric, String entity, String group) {}

    private final Simulator simulator;
    private final TimeSeries series;
    private final long resolution;
    private final List<Probe> probes = new ArrayList<>();
    private final Map<Key, Counter> counters = new LinkedHashMap<>();
    private final Map<Key, Gauge> gauges = new LinkedHashMap<>();
    private final Event tick = this::tick;
    private long lastSample;
    private long pending = Simulator.NO_EVENT;

    public MetricsRecorder(Simulator simulator, TimeSeries series) {
        this(simulator, series, DEFAULT_RESOLUTION);
    }

    public MetricsRecorder(Simulator simulator, TimeSeries series, long resolutionNanos) {
        if (resolutionNanos <= 0) {
            throw new IllegalArgumentException("resolution must be > 0");
        }
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.series = Objects.requireNonNull(series, "series");
        this.resolution = resolutionNanos;
    }

    public TimeSeries series() {
        return series;
    }

    public long resolutionNanos() {
        return resolution;
    }

    public void addProbe(Probe probe) {
        probes.add(Objects.requireNonNull(probe, "probe"));
    }

    /** Starts sampling: the first sample is one resolution from now. */
    public void start() {
        lastSample = simulator.now();
        pending = simulator.scheduleAfter(resolution, tick);
    }

    /** Stops sampling (pending sample cancelled). */
    public void stop() {
        simulator.cancel(pending);
        pending = Simulator.NO_EVENT;
    }

    /**
     * Writes a sample now, for the partial interval since the last one (call it at the end of a run
     * whose length is not a multiple of the resolution); does nothing if no time has passed.
     */
    public void sampleNow() {
        if (simulator.now() > lastSample) {
            sample();
        }
    }

    private void tick() {
        sample();
        pending = simulator.scheduleAfter(resolution, tick);
    }

    private void sample() {
        long now = simulator.now();
        long interval = now - lastSample;
        for (Probe p : probes) {
            p.sample(now, interval, series);
        }
        for (Counter c : counters.values()) {
            c.write(now, interval);
        }
        for (Gauge g : gauges.values()) {
            g.write(now);
        }
        lastSample = now;
    }

    // ---- counters and gauges ----

    /** The counter of (metric, entity, group), created on first use. */
    public Counter counter(String metric, String entity, String group) {
        return counters.computeIfAbsent(new Key(metric, entity, group == null ? "" : group),
                k -> new Counter(k.metric(), k.entity(), k.group()));
    }

    /** The gauge of (metric, entity, group), created on first use. */
    public Gauge gauge(String metric, String entity, String group) {
        return gauges.computeIfAbsent(new Key(metric, entity, group == null ? "" : group),
                k -> new Gauge(k.metric(), k.entity(), k.group()));
    }

    /** Adds {@code delta} to a counter (e.g. {@code recordCounter("bgp.updates_per_s", "all", 3)}). */
    public void recordCounter(String metric, String entity, double delta) {
        counter(metric, entity, "").add(delta);
    }

    public void recordCounter(String metric, String entity, String group, double delta) {
        counter(metric, entity, group).add(delta);
    }

    /** Sets a gauge (e.g. {@code recordGauge("bgp.routes", "all", 1840)}). */
    public void recordGauge(String metric, String entity, double value) {
        gauge(metric, entity, "").set(value);
    }

    public void recordGauge(String metric, String entity, String group, double value) {
        gauge(metric, entity, group).set(value);
    }
}
