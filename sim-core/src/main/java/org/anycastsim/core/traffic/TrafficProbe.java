package org.anycastsim.core.traffic;

import java.util.List;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.metrics.LatencyHistogram;
import org.anycastsim.core.metrics.LatencyStats;
import org.anycastsim.core.metrics.MetricsRecorder;
import org.anycastsim.core.metrics.TimeSeries;
import org.anycastsim.core.net.Topology;
import org.anycastsim.core.traffic.session.BreakCause;
import org.anycastsim.core.traffic.session.SampledSessions;

/**
 * Writes the traffic metrics of docs/OUTPUT-FORMAT.md at every sample of a
 * {@link MetricsRecorder}:
 *
 * <ul>
 *   <li>{@code pop.offered_rps}, {@code pop.served_rps}, {@code pop.dropped_rps} and
 *       {@code server.served_rps}: averages over the interval since the previous sample (exact:
 *       differences of the integrals, so rate x interval summed over rows gives the run's counts);</li>
 *   <li>{@code pop.utilisation} and {@code server.utilisation}: at the sample instant;</li>
 *   <li>{@code service.offered_rps}, {@code service.served_rps}, {@code service.dropped_rps}:
 *       interval averages, offered counted at the clients and dropped in the network or at servers;</li>
 *   <li>{@code sessions.broken} per cause: sampled sessions broken in the interval;</li>
 *   <li>{@code latency.p50_ms}, {@code latency.p95_ms}, {@code latency.p99_ms} for {@code all} and
 *       each client region: the fluid model's latency at the sample instant (RTT + mean queueing
 *       wait of each path, weighted by the legitimate rate it serves); no row when nothing is served.</li>
 * </ul>
 *
 * Rates count all traffic, attacks included: they describe the load on the machines.
 */
public final class TrafficProbe implements MetricsRecorder.Probe {
    private static final double[] QUANTILES = {0.50, 0.95, 0.99};

    private final FluidLoad fluid;
    private final SampledSessions sessions;
    private final LoadAggregates aggregates;
    private final PopIndex pops;
    private final List<String> services;
    private final int[] servers;
    private final LatencyStats latency;
    private final double[][] popPrevious;
    private final double[] serverPrevious;
    private final double[][] servicePrevious;
    private final long[] brokenPrevious = new long[BreakCause.values().length];
    private TimeSeries interned;
    private int popOffered, popServed, popDropped, popUtilisation, serverServed, serverUtilisation;
    private int serviceOffered, serviceServed, serviceDropped, sessionsBroken;
    private final int[] latencyMetric = new int[QUANTILES.length];
    private int[] popIds, serverIds, serverGroup, serviceIds, causeIds, regionIds;
    private int allId, noGroup, popGroup;
    private int[] latencyPopIds;

    /** {@code sessions} may be null (no sampled sessions: no {@code sessions.broken} rows). */
    public TrafficProbe(FluidLoad fluid, SampledSessions sessions) {
        this.fluid = fluid;
        this.sessions = sessions;
        this.aggregates = fluid.aggregates();
        this.pops = fluid.popIndex();
        this.services = fluid.demand().services();
        this.servers = fluid.servers();
        this.latency = fluid.latencyNow();
        popPrevious = new double[pops.size()][3];
        serverPrevious = new double[servers.length];
        servicePrevious = new double[services.size()][3];
    }

    /** Interns every name once per series, so that samples only append numbers. */
    private void intern(TimeSeries out) {
        interned = out;
        noGroup = out.noGroup();
        allId = out.intern("all");
        popOffered = out.intern("pop.offered_rps");
        popServed = out.intern("pop.served_rps");
        popDropped = out.intern("pop.dropped_rps");
        popUtilisation = out.intern("pop.utilisation");
        serverServed = out.intern("server.served_rps");
        serverUtilisation = out.intern("server.utilisation");
        serviceOffered = out.intern("service.offered_rps");
        serviceServed = out.intern("service.served_rps");
        serviceDropped = out.intern("service.dropped_rps");
        sessionsBroken = out.intern("sessions.broken");
        latencyMetric[0] = out.intern("latency.p50_ms");
        latencyMetric[1] = out.intern("latency.p95_ms");
        latencyMetric[2] = out.intern("latency.p99_ms");
        popIds = pops.codes().stream().mapToInt(out::intern).toArray();
        Topology topology = fluid.topology();
        serverIds = new int[servers.length];
        serverGroup = new int[servers.length];
        for (int i = 0; i < servers.length; i++) {
            serverIds[i] = out.intern(topology.node(servers[i]).name());
            int pop = pops.popOf(servers[i]);
            serverGroup[i] = pop < 0 ? noGroup : popIds[pop];
        }
        serviceIds = services.stream().mapToInt(out::intern).toArray();
        BreakCause[] causes = BreakCause.values();
        causeIds = new int[causes.length];
        for (int i = 0; i < causes.length; i++) {
            causeIds[i] = out.intern(causes[i].label());
        }
        regionIds = latency.regions().stream().mapToInt(out::intern).toArray();
        latencyPopIds = latency.pops().stream().mapToInt(out::intern).toArray();
        popGroup = out.intern("pop");
    }

    @Override
    public void sample(long time, long interval, TimeSeries out) {
        if (out != interned) {
            intern(out);
        }
        double seconds = SimTime.toSeconds(interval);
        for (int p = 0; p < pops.size(); p++) {
            Load counts = aggregates.popCounts(pops.code(p));
            double[] prev = popPrevious[p];
            out.add(time, popOffered, popIds[p], noGroup, rate(counts.offered() - prev[0], seconds));
            out.add(time, popServed, popIds[p], noGroup, rate(counts.served() - prev[1], seconds));
            out.add(time, popDropped, popIds[p], noGroup, rate(counts.dropped() - prev[2], seconds));
            out.add(time, popUtilisation, popIds[p], noGroup, aggregates.popUtilisation(pops.code(p)));
            prev[0] = counts.offered();
            prev[1] = counts.served();
            prev[2] = counts.dropped();
        }
        for (int i = 0; i < servers.length; i++) {
            double served = aggregates.serverServedCount(servers[i]);
            out.add(time, serverServed, serverIds[i], serverGroup[i], rate(served - serverPrevious[i], seconds));
            out.add(time, serverUtilisation, serverIds[i], serverGroup[i], fluid.utilisation(servers[i]));
            serverPrevious[i] = served;
        }
        for (int s = 0; s < services.size(); s++) {
            Load counts = aggregates.serviceCounts(services.get(s));
            double[] prev = servicePrevious[s];
            out.add(time, serviceOffered, serviceIds[s], noGroup, rate(counts.offered() - prev[0], seconds));
            out.add(time, serviceServed, serviceIds[s], noGroup, rate(counts.served() - prev[1], seconds));
            out.add(time, serviceDropped, serviceIds[s], noGroup, rate(counts.dropped() - prev[2], seconds));
            prev[0] = counts.offered();
            prev[1] = counts.served();
            prev[2] = counts.dropped();
        }
        if (sessions != null) {
            BreakCause[] causes = BreakCause.values();
            for (int c = 0; c < causes.length; c++) {
                long broken = sessions.stats().broken(causes[c]);
                out.add(time, sessionsBroken, causeIds[c], noGroup, broken - brokenPrevious[c]);
                brokenPrevious[c] = broken;
            }
        }
        fluid.latencyInto(latency);
        writeLatency(time, out, latency.all(), allId);
        for (int r = 0; r < regionIds.length; r++) {
            writeLatency(time, out, latency.region(r), regionIds[r]);
        }
        // Per PoP: the latency of the requests each PoP answers (group "pop" tells them from regions).
        for (int p = 0; p < latencyPopIds.length; p++) {
            writeLatency(time, out, latency.pop(p), latencyPopIds[p], popGroup);
        }
    }

    private void writeLatency(long time, TimeSeries out, LatencyHistogram h, int entity) {
        writeLatency(time, out, h, entity, noGroup);
    }

    private void writeLatency(long time, TimeSeries out, LatencyHistogram h, int entity, int group) {
        if (h.isEmpty()) {
            return;
        }
        for (int q = 0; q < QUANTILES.length; q++) {
            out.add(time, latencyMetric[q], entity, group, h.percentile(QUANTILES[q]));
        }
    }

    private static double rate(double count, double seconds) {
        return seconds > 0 ? count / seconds : 0.0;
    }
}
