package org.anycastsim.core.geo;

/**
 * How long a packet takes to cross a WAN link between two sites, derived from geography.
 *
 * <p>The one-way propagation delay of a link is
 * {@code greatCircleKm * pathInflation / fibreSpeedKmPerMs}, in nanoseconds (the kernel's
 * time unit). Each router a packet crosses adds {@link #perHopProcessingNanos()} on top;
 * that term is kept separate because it is paid per hop, not per kilometre, and a caller
 * building a path knows how many hops it has.
 *
 * <ul>
 *   <li><b>Fibre speed, 204 km/ms.</b> Light in silica fibre travels at c / n with a group
 *       index n of about 1.468 (e.g. Corning SMF-28 at 1550 nm): 299 792 km/s / 1.468
 *       = 204 218 km/s, which rounds to 204 km per millisecond.</li>
 *   <li><b>Path inflation, default 1.5.</b> Fibre follows roads, railways and sea cables,
 *       not great circles, and routing adds detours. Measurements of Internet latency
 *       against the c-latency bound find substantial infrastructure inflation (A. Singla et
 *       al., "The Internet at the Speed of Light", HotNets 2014); 1.5 is this project's
 *       rule-of-thumb assumption for backbone routes, not a measured constant, so scenarios
 *       may change it.</li>
 *   <li><b>Per-hop processing, default 50 µs.</b> Forwarding lookup, switching and
 *       serialisation of a packet in a backbone router take from a few to some tens of
 *       microseconds without queueing; 50 µs is a deliberately round upper-end figure so that
 *       hop count visibly matters in simulated latency. Queueing is modelled elsewhere.</li>
 * </ul>
 *
 * @param pathInflation         ratio of fibre route length to great-circle distance, at least 1
 * @param fibreSpeedKmPerMs     propagation speed in the medium, in km per millisecond
 * @param perHopProcessingNanos fixed cost of each router hop, in nanoseconds
 */
public record PropagationModel(double pathInflation, double fibreSpeedKmPerMs, long perHopProcessingNanos) {

    /** Speed of light in silica fibre, km per millisecond (c / 1.468, rounded). */
    public static final double FIBRE_SPEED_KM_PER_MS = 204.0;
    public static final double DEFAULT_PATH_INFLATION = 1.5;
    public static final long DEFAULT_PER_HOP_PROCESSING_NANOS = 50_000L;

    /** Inflation 1.5, 204 km/ms, 50 µs per hop. */
    public static final PropagationModel DEFAULT = new PropagationModel(
            DEFAULT_PATH_INFLATION, FIBRE_SPEED_KM_PER_MS, DEFAULT_PER_HOP_PROCESSING_NANOS);

    private static final double NANOS_PER_MS = 1_000_000.0;

    public PropagationModel {
        if (!(pathInflation >= 1.0) || Double.isInfinite(pathInflation)) {
            throw new IllegalArgumentException("path inflation must be a finite number >= 1: " + pathInflation);
        }
        if (!(fibreSpeedKmPerMs > 0.0) || Double.isInfinite(fibreSpeedKmPerMs)) {
            throw new IllegalArgumentException("fibre speed must be positive and finite: " + fibreSpeedKmPerMs);
        }
        if (perHopProcessingNanos < 0) {
            throw new IllegalArgumentException("per-hop processing delay must not be negative: " + perHopProcessingNanos);
        }
    }

    /** This model with another path inflation. */
    public PropagationModel withPathInflation(double inflation) {
        return new PropagationModel(inflation, fibreSpeedKmPerMs, perHopProcessingNanos);
    }

    /** This model with another per-hop processing delay. */
    public PropagationModel withPerHopProcessingNanos(long nanos) {
        return new PropagationModel(pathInflation, fibreSpeedKmPerMs, nanos);
    }

    /** One-way propagation delay over a great-circle distance, rounded to the nearest nanosecond. */
    public long propagationNanos(double greatCircleKm) {
        if (!(greatCircleKm >= 0.0) || Double.isInfinite(greatCircleKm)) {
            throw new IllegalArgumentException("distance must be finite and >= 0: " + greatCircleKm);
        }
        return Math.round(greatCircleKm * pathInflation / fibreSpeedKmPerMs * NANOS_PER_MS);
    }

    /**
     * One-way propagation delay of a link between two sites, in nanoseconds, without any
     * per-hop cost.
     */
    public long propagationNanos(GeoPoint a, GeoPoint b) {
        return propagationNanos(GreatCircle.distanceKm(a, b));
    }
}
