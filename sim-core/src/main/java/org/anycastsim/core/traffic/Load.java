package org.anycastsim.core.traffic;

/**
 * Offered, served and dropped traffic of some entity: rates in requests per second, or request
 * counts when integrated over time (each method says which). {@code offered = served + dropped}.
 */
public record Load(double offered, double served, double dropped) {
    public static final Load ZERO = new Load(0, 0, 0);

    public Load plus(Load o) {
        return new Load(offered + o.offered, served + o.served, dropped + o.dropped);
    }

    /** Dropped over offered; 0 when nothing was offered. */
    public double lostFraction() {
        return offered > 0 ? dropped / offered : 0.0;
    }
}
