package org.anycastsim.scenarios.world;

import java.util.Collection;
import org.anycastsim.core.geo.GeoPoint;

/** Lookups over the metro catalogue. */
final class Metros {
    private Metros() {}

    /** The metro closest to {@code p} (ties: the first in catalogue order). */
    static Metro nearest(Collection<Metro> metros, GeoPoint p) {
        Metro best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (Metro m : metros) {
            double km = m.location().distanceKm(p);
            if (km < bestKm) {
                best = m;
                bestKm = km;
            }
        }
        if (best == null) {
            throw new IllegalStateException("empty metro catalogue");
        }
        return best;
    }
}
