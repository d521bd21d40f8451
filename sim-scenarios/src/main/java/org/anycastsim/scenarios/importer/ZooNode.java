package org.anycastsim.scenarios.importer;

import java.util.Objects;
import java.util.Optional;
import org.anycastsim.core.geo.GeoPoint;

/**
 * A node of an Internet Topology Zoo graph: usually a PoP (city) of the network.
 *
 * <p>Some Zoo nodes, mostly external peers, have no coordinates; they are kept, with NaN
 * latitude and longitude, and {@link #hasCoordinates()} is false. Callers decide whether to
 * drop them or place them at a neighbour.
 *
 * @param id        the GraphML node id, unique in its graph
 * @param label     the Zoo's {@code label}, usually the city; the id if the file gives none
 * @param latitude  degrees north, or NaN if unknown
 * @param longitude degrees east, or NaN if unknown
 * @param country   the Zoo's {@code Country}, empty if the file gives none
 * @param internal  the Zoo's {@code Internal}: true for the network's own PoP, false for an
 *                  external peer or customer; true if the file does not say
 */
public record ZooNode(String id, String label, double latitude, double longitude, String country, boolean internal) {

    public ZooNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(country, "country");
        if (Double.isNaN(latitude) != Double.isNaN(longitude)) {
            throw new IllegalArgumentException("node " + id + ": latitude and longitude must both be known or both NaN");
        }
        if (!Double.isNaN(latitude)) {
            new GeoPoint(latitude, longitude); // validates the ranges
        }
    }

    public boolean hasCoordinates() {
        return !Double.isNaN(latitude);
    }

    /** The node's position, or empty if the file gives no coordinates. */
    public Optional<GeoPoint> position() {
        return hasCoordinates() ? Optional.of(new GeoPoint(latitude, longitude)) : Optional.empty();
    }
}
