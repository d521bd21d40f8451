package org.anycastsim.core.traffic.demand;

import java.util.Objects;
import org.anycastsim.core.net.Prefix;

/**
 * A denial-of-service attack: {@code rps} requests per second aimed at one service prefix, sent
 * from the client networks in {@code sources} between {@code startNanos} (inclusive) and
 * {@code endNanos} (exclusive). The rate is split over the sources by demand weight (bots live
 * where users live); anycast then spreads it over the PoPs nearest to them.
 */
public record DdosAttack(ClientScope sources, Prefix target, double rps, long startNanos, long endNanos) {
    public DdosAttack {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(target, "target");
        if (!(rps >= 0) || Double.isInfinite(rps)) {
            throw new IllegalArgumentException("attack rate must be finite and >= 0: " + rps);
        }
        if (startNanos < 0 || endNanos <= startNanos) {
            throw new IllegalArgumentException("attack needs 0 <= start < end");
        }
    }

    public boolean activeAt(long timeNanos) {
        return timeNanos >= startNanos && timeNanos < endNanos;
    }
}
