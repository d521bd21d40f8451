package org.anycastsim.scenarios.importer;

import java.util.Objects;

/**
 * A link of an Internet Topology Zoo graph. Zoo graphs are undirected, so source and target
 * are just the two ends as the file lists them; parallel edges are kept as they are.
 *
 * @param sourceId              id of one end
 * @param targetId              id of the other end
 * @param label                 the Zoo's free-text {@code LinkLabel}, empty if absent
 * @param capacityBitsPerSecond from {@code LinkSpeedRaw}, or else {@code LinkSpeed} times
 *                              {@code LinkSpeedUnits}; NaN if the file does not say
 */
public record ZooEdge(String sourceId, String targetId, String label, double capacityBitsPerSecond) {

    public ZooEdge {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(label, "label");
        if (capacityBitsPerSecond <= 0.0 || Double.isInfinite(capacityBitsPerSecond)) {
            throw new IllegalArgumentException("capacity must be positive and finite, or NaN: " + capacityBitsPerSecond);
        }
    }

    public boolean hasCapacity() {
        return !Double.isNaN(capacityBitsPerSecond);
    }
}
