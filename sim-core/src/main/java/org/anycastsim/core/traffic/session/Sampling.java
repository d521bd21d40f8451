package org.anycastsim.core.traffic.session;

/**
 * How many individual sessions to simulate on top of the fluid: a fixed fraction of legitimate
 * requests (1 in 1000), or a fixed number of sessions per second. An absolute rate is turned into
 * a fraction of the demand at the start of the run, so that a flash crowd later still shows as
 * more sessions.
 */
public record Sampling(double fraction, double sessionsPerSecond) {
    public static final Sampling OFF = new Sampling(0, 0);

    public Sampling {
        if (!(fraction >= 0 && fraction <= 1) || !(sessionsPerSecond >= 0) || Double.isInfinite(sessionsPerSecond)) {
            throw new IllegalArgumentException("sampling needs a fraction in [0, 1] and a finite rate >= 0");
        }
        if (fraction > 0 && sessionsPerSecond > 0) {
            throw new IllegalArgumentException("give either a fraction or a rate, not both");
        }
    }

    /** One in {@code n} requests. */
    public static Sampling oneIn(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1");
        }
        return new Sampling(1.0 / n, 0);
    }

    public static Sampling fraction(double fraction) {
        return new Sampling(fraction, 0);
    }

    public static Sampling perSecond(double sessionsPerSecond) {
        return new Sampling(0, sessionsPerSecond);
    }

    public boolean isOff() {
        return fraction == 0 && sessionsPerSecond == 0;
    }

    /** The fraction of requests to sample, given the legitimate demand (requests/s) at the start. */
    public double fractionOf(double initialDemandRps) {
        if (sessionsPerSecond == 0) {
            return fraction;
        }
        return initialDemandRps > 0 ? sessionsPerSecond / initialDemandRps : 0.0;
    }
}
