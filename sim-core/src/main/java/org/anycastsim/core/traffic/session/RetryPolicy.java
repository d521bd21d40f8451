package org.anycastsim.core.traffic.session;

import org.anycastsim.core.kernel.SimTime;

/**
 * How a client retries an unanswered request: after {@code timeoutNanos}, then each further wait
 * multiplied by {@code backoff}, for at most {@code maxTries} attempts in all.
 */
public record RetryPolicy(long timeoutNanos, double backoff, int maxTries) {
    /** A stub resolver: 2 s timeout, no backoff, 3 tries (glibc's resolver defaults: 5 s, 2 tries; modern stubs retry sooner). */
    public static final RetryPolicy DNS = new RetryPolicy(SimTime.seconds(2), 1.0, 3);
    /** TCP SYN retransmission: initial RTO 1 s (RFC 6298), doubling; a browser gives up after 3 tries. */
    public static final RetryPolicy TCP = new RetryPolicy(SimTime.seconds(1), 2.0, 3);

    public RetryPolicy {
        if (timeoutNanos <= 0 || !(backoff >= 1) || maxTries < 1) {
            throw new IllegalArgumentException("retry policy needs timeout > 0, backoff >= 1, tries >= 1");
        }
    }

    /** The wait after attempt number {@code attempt} (0 for the first) fails. */
    public long waitAfter(int attempt) {
        return Math.round(timeoutNanos * Math.pow(backoff, attempt));
    }
}
