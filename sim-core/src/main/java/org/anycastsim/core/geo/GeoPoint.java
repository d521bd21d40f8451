package org.anycastsim.core.geo;

/**
 * A position on the Earth in decimal degrees (WGS84 latitude and longitude, as airport and
 * Topology Zoo coordinates are given).
 *
 * <p>The simulator treats the Earth as a sphere (see {@link GreatCircle}); the datum only
 * matters for where the numbers come from.
 *
 * @param latitude  degrees north, in [-90, 90]
 * @param longitude degrees east, in [-180, 180]
 */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90.0 && latitude <= 90.0)) {
            throw new IllegalArgumentException("latitude out of range [-90, 90]: " + latitude);
        }
        if (!(longitude >= -180.0 && longitude <= 180.0)) {
            throw new IllegalArgumentException("longitude out of range [-180, 180]: " + longitude);
        }
    }

    /** Great-circle distance to {@code other} in kilometres; see {@link GreatCircle#distanceKm}. */
    public double distanceKm(GeoPoint other) {
        return GreatCircle.distanceKm(this, other);
    }

    @Override
    public String toString() {
        return "(" + latitude + ", " + longitude + ")";
    }
}
