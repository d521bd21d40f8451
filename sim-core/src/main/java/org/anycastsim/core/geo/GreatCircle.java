package org.anycastsim.core.geo;

/**
 * Great-circle distance on a spherical Earth by the haversine formula.
 *
 * <p>The haversine form (R. W. Sinnott, "Virtues of the Haversine", Sky and Telescope 68(2),
 * 1984) stays accurate for the short distances between routers in one metro area, where the
 * spherical law of cosines loses precision to rounding. The sphere has the IUGG mean Earth
 * radius of 6371.0 km (H. Moritz, "Geodetic Reference System 1980", J. Geodesy 74, 2000);
 * against the WGS84 ellipsoid the error is below about 0.5 %, far less than the uncertainty
 * in how fibre actually runs between two cities (see {@link PropagationModel}).
 */
public final class GreatCircle {

    /** Mean Earth radius in kilometres (IUGG R1, rounded to the value commonly used). */
    public static final double EARTH_RADIUS_KM = 6371.0;

    private GreatCircle() {}

    /** The great-circle distance in kilometres between {@code a} and {@code b}. */
    public static double distanceKm(GeoPoint a, GeoPoint b) {
        double phi1 = Math.toRadians(a.latitude());
        double phi2 = Math.toRadians(b.latitude());
        double sinHalfDeltaPhi = Math.sin((phi2 - phi1) / 2.0);
        double sinHalfDeltaLambda = Math.sin(Math.toRadians(b.longitude() - a.longitude()) / 2.0);
        double h = sinHalfDeltaPhi * sinHalfDeltaPhi
                + Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
        // Rounding can push h a hair above 1 for antipodal points; asin would then return NaN.
        return 2.0 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1.0, h)));
    }
}
