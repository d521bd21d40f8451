package org.anycastsim.scenarios.scenario.topology;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * A link between two routers of an explicit network. Its propagation delay is {@code delay} if
 * given, else computed from {@code distance}, else from the two routers' locations.
 *
 * @param delayNanos  one-way propagation delay
 * @param distanceKm  fibre length
 * @param capacityBps capacity in bits per second; empty: the runner's default
 * @param igpCost     IGP metric; empty: the delay in microseconds
 */
public record LinkSpec(String a, String b, OptionalLong delayNanos, OptionalDouble distanceKm,
        OptionalLong capacityBps, OptionalLong igpCost, Where where) {

    /** Whether this link joins {@code x} and {@code y}, in either direction. */
    public boolean joins(String x, String y) {
        return (a.equals(x) && b.equals(y)) || (a.equals(y) && b.equals(x));
    }
}
