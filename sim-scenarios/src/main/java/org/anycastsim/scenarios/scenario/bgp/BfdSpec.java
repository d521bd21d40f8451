package org.anycastsim.scenarios.scenario.bgp;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * BFD on a session (RFC 5880): {@code bfd: {interval: 300ms, multiplier: 3}} switches it on,
 * {@code bfd: false} off (to see how long the hold timer alone takes to notice a dead peer).
 *
 * @param enabled    whether BFD runs
 * @param interval   transmit interval; empty: the base timers' (300 ms if they had none)
 * @param multiplier detection multiplier; empty: the base timers' (3)
 */
public record BfdSpec(boolean enabled, OptionalLong interval, OptionalInt multiplier, Where where) {

    /** The interval used when BFD is switched on without one and the base timers had none. */
    public static final long DEFAULT_INTERVAL_NANOS = 300_000_000L;
}
