package org.anycastsim.core.bgp;

import org.anycastsim.core.kernel.SimTime;

/**
 * A session's timers (RFC 4271 section 10) and failure detection.
 *
 * @param holdNanos              proposed hold time (RFC default 90 s); the lower of both ends' wins
 * @param keepaliveNanos         keepalive interval (RFC suggests a third of the hold time: 30 s)
 * @param connectRetryNanos      connect-retry time (RFC suggests 120 s)
 * @param mraiNanos              MinRouteAdvertisementInterval (RFC 4271 10: eBGP 30 s, iBGP 5 s); 0 disables it
 * @param rateLimitWithdrawals   whether MRAI also delays withdrawals (the RFC says yes; FRR, Cisco and BIRD say no)
 * @param bfdIntervalNanos       BFD transmit interval (RFC 5880), 0 = no BFD
 * @param bfdMultiplier          BFD detection multiplier
 * @param fastExternalFallover   drop a directly connected session as soon as its link goes down
 */
public record SessionTimers(long holdNanos, long keepaliveNanos, long connectRetryNanos, long mraiNanos,
        boolean rateLimitWithdrawals, long bfdIntervalNanos, int bfdMultiplier, boolean fastExternalFallover) {

    public SessionTimers {
        if (holdNanos != 0 && holdNanos < SimTime.seconds(3)) {
            // RFC 4271 4.2: the hold time is either zero or at least three seconds.
            throw new IllegalArgumentException("hold time must be 0 or at least 3 s");
        }
        if (keepaliveNanos <= 0 && holdNanos != 0) {
            throw new IllegalArgumentException("keepalive interval must be positive");
        }
        if (connectRetryNanos <= 0 || mraiNanos < 0 || bfdIntervalNanos < 0) {
            throw new IllegalArgumentException("timers must not be negative (connect-retry positive)");
        }
        if (bfdIntervalNanos > 0 && bfdMultiplier < 1) {
            throw new IllegalArgumentException("BFD multiplier must be at least 1");
        }
    }

    /** RFC defaults for eBGP: hold 90 s, keepalive 30 s, connect-retry 120 s, MRAI 30 s, no BFD. */
    public static SessionTimers ebgpDefaults() {
        return new SessionTimers(SimTime.seconds(90), SimTime.seconds(30), SimTime.seconds(120),
                SimTime.seconds(30), false, 0, 3, true);
    }

    /** RFC defaults for iBGP: as eBGP but MRAI 5 s. */
    public static SessionTimers ibgpDefaults() {
        return ebgpDefaults().withMrai(SimTime.seconds(5));
    }

    /**
     * A server's session to its PoP router (BIRD on the server): hold 3 s, keepalive 1 s,
     * connect-retry 5 s, no MRAI, no BFD (switch on with {@link #withBfd}).
     */
    public static SessionTimers serverDefaults() {
        return new SessionTimers(SimTime.seconds(3), SimTime.seconds(1), SimTime.seconds(5), 0, false, 0, 3, true);
    }

    public SessionTimers withHold(long hold, long keepalive) {
        return new SessionTimers(hold, keepalive, connectRetryNanos, mraiNanos, rateLimitWithdrawals,
                bfdIntervalNanos, bfdMultiplier, fastExternalFallover);
    }

    public SessionTimers withMrai(long mrai) {
        return new SessionTimers(holdNanos, keepaliveNanos, connectRetryNanos, mrai, rateLimitWithdrawals,
                bfdIntervalNanos, bfdMultiplier, fastExternalFallover);
    }

    public SessionTimers withRateLimitedWithdrawals(boolean value) {
        return new SessionTimers(holdNanos, keepaliveNanos, connectRetryNanos, mraiNanos, value,
                bfdIntervalNanos, bfdMultiplier, fastExternalFallover);
    }

    public SessionTimers withBfd(long interval, int multiplier) {
        return new SessionTimers(holdNanos, keepaliveNanos, connectRetryNanos, mraiNanos, rateLimitWithdrawals,
                interval, multiplier, fastExternalFallover);
    }

    public SessionTimers withConnectRetry(long connectRetry) {
        return new SessionTimers(holdNanos, keepaliveNanos, connectRetry, mraiNanos, rateLimitWithdrawals,
                bfdIntervalNanos, bfdMultiplier, fastExternalFallover);
    }

    public SessionTimers withFastExternalFallover(boolean value) {
        return new SessionTimers(holdNanos, keepaliveNanos, connectRetryNanos, mraiNanos, rateLimitWithdrawals,
                bfdIntervalNanos, bfdMultiplier, value);
    }

    public boolean bfd() {
        return bfdIntervalNanos > 0;
    }
}
