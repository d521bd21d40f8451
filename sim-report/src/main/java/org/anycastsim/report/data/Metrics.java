package org.anycastsim.report.data;

/**
 * The metric names of {@code timeseries.csv}, with their units in the comments (the charts
 * print the units on their axes).
 */
public final class Metrics {

    /** Requests/s offered to, served by and dropped at a PoP; entity = PoP code. */
    public static final String POP_OFFERED_RPS = "pop.offered_rps";
    public static final String POP_SERVED_RPS = "pop.served_rps";
    public static final String POP_DROPPED_RPS = "pop.dropped_rps";
    /** Fraction of the PoP's capacity in use (1.0 = full). */
    public static final String POP_UTILISATION = "pop.utilisation";

    /** Requests/s served by a server; entity = server name, group = its PoP. */
    public static final String SERVER_SERVED_RPS = "server.served_rps";
    /** Fraction of the server's capacity in use; group = its PoP. */
    public static final String SERVER_UTILISATION = "server.utilisation";

    /** Requests/s per service; entity = service ({@code dns}, {@code proxy}, ...). */
    public static final String SERVICE_OFFERED_RPS = "service.offered_rps";
    public static final String SERVICE_SERVED_RPS = "service.served_rps";
    public static final String SERVICE_DROPPED_RPS = "service.dropped_rps";

    /** BGP UPDATE messages/s across all speakers; entity = {@code all}. */
    public static final String BGP_UPDATES_PER_S = "bgp.updates_per_s";
    /** Routes held in all Loc-RIBs; entity = {@code all}. */
    public static final String BGP_ROUTES = "bgp.routes";

    /** Sessions broken in the sampling interval; entity = a {@link BreakCause} name. */
    public static final String SESSIONS_BROKEN = "sessions.broken";

    /** Latency percentiles in milliseconds (RTT + queueing); entity = {@code all} or a region. */
    public static final String LATENCY_P50_MS = "latency.p50_ms";
    public static final String LATENCY_P95_MS = "latency.p95_ms";
    public static final String LATENCY_P99_MS = "latency.p99_ms";

    /** The entity of network-wide metrics. */
    public static final String ALL = "all";

    private Metrics() {
    }
}
