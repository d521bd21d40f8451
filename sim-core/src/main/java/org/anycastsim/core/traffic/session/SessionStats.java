package org.anycastsim.core.traffic.session;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.anycastsim.core.metrics.LatencyStats;
import org.anycastsim.core.traffic.DropReason;

/**
 * Outcomes of the sampled sessions: how many started, were answered (DNS) or completed (TCP/TLS),
 * broke (by cause, per service) or failed after all their tries; how many attempts were lost and
 * why; and the latency of every answered request (RTT + queueing) per client region and per PoP.
 */
public final class SessionStats {
    private final List<String> services;
    private final long[] started;
    private final long[] answered;
    private final long[] completed;
    private final long[] failed;
    private final long[][] broken;
    private final long[] lostAttempts = new long[DropReason.values().length];
    private long retries;
    private final LatencyStats latency;

    SessionStats(List<String> services, List<String> regions, List<String> pops) {
        this.services = List.copyOf(services);
        int n = services.size();
        started = new long[n];
        answered = new long[n];
        completed = new long[n];
        failed = new long[n];
        broken = new long[n][BreakCause.values().length];
        latency = new LatencyStats(regions, pops);
    }

    void started(int service) {
        started[service]++;
    }

    void answered(int service) {
        answered[service]++;
    }

    void completed(int service) {
        completed[service]++;
    }

    void failed(int service) {
        failed[service]++;
    }

    void broken(int service, BreakCause cause) {
        broken[service][cause.ordinal()]++;
    }

    void lostAttempt(DropReason reason) {
        lostAttempts[reason.ordinal()]++;
    }

    void retried() {
        retries++;
    }

    private int index(String service) {
        int s = services.indexOf(service);
        if (s < 0) {
            throw new IllegalArgumentException("unknown service '" + service + "'");
        }
        return s;
    }

    private static long sum(long[] a) {
        long t = 0;
        for (long v : a) {
            t += v;
        }
        return t;
    }

    /** Sampled sessions (and DNS queries) started; retries are not new sessions. */
    public long started() {
        return sum(started);
    }

    public long started(String service) {
        return started[index(service)];
    }

    /** DNS queries answered (on some try). */
    public long answered() {
        return sum(answered);
    }

    public long answered(String service) {
        return answered[index(service)];
    }

    /** TCP/TLS sessions that ran to their end. */
    public long completed() {
        return sum(completed);
    }

    public long completed(String service) {
        return completed[index(service)];
    }

    /** Sessions and queries never answered after all their tries. */
    public long failed() {
        return sum(failed);
    }

    public long failed(String service) {
        return failed[index(service)];
    }

    public long broken(BreakCause cause) {
        long t = 0;
        for (long[] perService : broken) {
            t += perService[cause.ordinal()];
        }
        return t;
    }

    public long broken(String service, BreakCause cause) {
        return broken[index(service)][cause.ordinal()];
    }

    public long brokenTotal() {
        long t = 0;
        for (BreakCause c : BreakCause.values()) {
            t += broken(c);
        }
        return t;
    }

    /** Broken sessions by cause label ({@code server-change}, ...), every cause present. */
    public Map<String, Long> brokenByLabel() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (BreakCause c : BreakCause.values()) {
            out.put(c.label(), broken(c));
        }
        return out;
    }

    public Map<BreakCause, Long> brokenByCause() {
        Map<BreakCause, Long> out = new EnumMap<>(BreakCause.class);
        for (BreakCause c : BreakCause.values()) {
            out.put(c, broken(c));
        }
        return out;
    }

    /** Attempts (first tries and retries) that got no answer, by reason. */
    public long lostAttempts(DropReason reason) {
        return lostAttempts[reason.ordinal()];
    }

    public long retries() {
        return retries;
    }

    /** Latency (RTT + sampled queueing wait, ms) of every answered request and established session. */
    public LatencyStats latency() {
        return latency;
    }
}
