package org.anycastsim.report.data;

import java.util.Objects;

/**
 * Request counts over the whole run (rates integrated over time) and session outcomes.
 *
 * @param offered         requests the clients sent
 * @param served          requests a server answered
 * @param dropped         requests lost: no route, dead server or overload
 * @param lostFraction    dropped / offered, as the simulator measured it
 * @param brokenSessions  sampled sessions broken, by cause
 * @param sampledSessions sampled sessions in total (the denominator of the above)
 */
public record TrafficTotals(double offered, double served, double dropped, double lostFraction,
                            BrokenSessions brokenSessions, long sampledSessions) {

    public TrafficTotals {
        Objects.requireNonNull(brokenSessions, "brokenSessions");
    }

    /** Broken sessions as a fraction of the sampled ones, or NaN with no sample. */
    public double brokenFraction() {
        return sampledSessions == 0 ? Double.NaN : (double) brokenSessions.total() / sampledSessions;
    }
}
