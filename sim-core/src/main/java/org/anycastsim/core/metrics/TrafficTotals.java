package org.anycastsim.core.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;

/**
 * The traffic figures of a run, for {@code summary.json}: legitimate requests offered, served and
 * dropped over the run (rates integrated over time, exact), the lost fraction, broken sampled
 * sessions by cause (keys as in files: {@code server-change}, {@code pop-change},
 * {@code server-death}, {@code no-route}), the number of sampled sessions, and the attack traffic
 * apart. {@code droppedByReason} splits legitimate drops by where they happened ({@code no-route},
 * {@code unreachable}, {@code loop} in the network; {@code server} at an overloaded or dead server).
 */
public record TrafficTotals(double offered, double served, double dropped, double lostFraction,
        Map<String, Long> brokenSessions, long sampledSessions, Map<String, Double> droppedByReason,
        double attackOffered, double attackServed, double attackDropped) {

    public TrafficTotals {
        // Sorted maps: a stable order whoever iterates them.
        brokenSessions = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(brokenSessions, "brokenSessions")));
        droppedByReason = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(droppedByReason, "droppedByReason")));
    }

    public long brokenTotal() {
        return brokenSessions.values().stream().mapToLong(Long::longValue).sum();
    }
}
