package org.anycastsim.scenarios.scenario.bgp;

import java.util.Optional;
import java.util.OptionalLong;
import org.anycastsim.core.bgp.SessionTimers;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * Timer settings written for a kind of session ({@code bgp.ebgp}, {@code bgp.server}, ...) or for
 * one session; each absent field keeps the base value.
 */
public record TimerSpec(OptionalLong hold, OptionalLong keepalive, OptionalLong connectRetry, OptionalLong mrai,
        Optional<BfdSpec> bfd, Where where) {

    /** No changes. */
    public static TimerSpec none(Where where) {
        return new TimerSpec(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty(), where);
    }

    public boolean isEmpty() {
        return hold.isEmpty() && keepalive.isEmpty() && connectRetry.isEmpty() && mrai.isEmpty() && bfd.isEmpty();
    }

    /**
     * {@code base} with these settings. A hold time given without a keepalive gets a third of it
     * as keepalive (RFC 4271 10's suggestion), so that {@code hold: 9s} alone stays consistent.
     * Call only on a validated scenario: {@link SessionTimers} rejects impossible values.
     */
    public SessionTimers applyTo(SessionTimers base) {
        SessionTimers t = base;
        if (hold.isPresent() || keepalive.isPresent()) {
            long h = hold.orElse(base.holdNanos());
            long k = keepalive.orElse(hold.isPresent() ? h / 3 : base.keepaliveNanos());
            t = t.withHold(h, k);
        }
        if (connectRetry.isPresent()) {
            t = t.withConnectRetry(connectRetry.getAsLong());
        }
        if (mrai.isPresent()) {
            t = t.withMrai(mrai.getAsLong());
        }
        if (bfd.isPresent()) {
            BfdSpec b = bfd.get();
            if (!b.enabled()) {
                t = t.withBfd(0, t.bfdMultiplier());
            } else {
                long interval = b.interval().orElse(t.bfd() ? t.bfdIntervalNanos() : BfdSpec.DEFAULT_INTERVAL_NANOS);
                t = t.withBfd(interval, b.multiplier().orElse(t.bfdMultiplier()));
            }
        }
        return t;
    }
}
