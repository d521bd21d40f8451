package org.anycastsim.scenarios.world;

import java.util.Objects;
import org.anycastsim.core.geo.GeoPoint;

/**
 * A region of a large country that gets its own eyeball network (eyeball_splits.csv).
 *
 * @param iso3                the country
 * @param code                short code of the region, e.g. "NEN" (New England)
 * @param name                the region's name
 * @param populationThousands its population in 2013, in thousands: the split is proportional to it
 * @param location            the region's largest metro area
 * @param members             the states, provinces or districts it covers
 */
public record EyeballSplit(String iso3, String code, String name, long populationThousands, GeoPoint location,
        String members) {
    public EyeballSplit {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(members, "members");
        if (populationThousands <= 0) {
            throw new IllegalArgumentException(iso3 + "-" + code + ": population must be positive");
        }
    }
}
