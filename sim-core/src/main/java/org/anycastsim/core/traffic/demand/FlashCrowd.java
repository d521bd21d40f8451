package org.anycastsim.core.traffic.demand;

import java.util.Objects;

/**
 * A flash crowd: the legitimate demand of the clients in {@code scope} is multiplied by
 * {@code factor} from {@code startNanos} (inclusive) to {@code endNanos} (exclusive). Several
 * crowds over the same clients multiply.
 */
public record FlashCrowd(ClientScope scope, double factor, long startNanos, long endNanos) {
    public FlashCrowd {
        Objects.requireNonNull(scope, "scope");
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("flash crowd factor must be finite and >= 0: " + factor);
        }
        if (startNanos < 0 || endNanos <= startNanos) {
            throw new IllegalArgumentException("flash crowd needs 0 <= start < end");
        }
    }

    public boolean activeAt(long timeNanos) {
        return timeNanos >= startNanos && timeNanos < endNanos;
    }
}
