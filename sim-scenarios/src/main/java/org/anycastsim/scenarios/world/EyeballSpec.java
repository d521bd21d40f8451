package org.anycastsim.scenarios.world;

import java.util.List;
import java.util.Objects;
import org.anycastsim.core.geo.GeoPoint;

/**
 * An eyeball network to build: one country, one region of a large country, or the small
 * countries of one UN sub-region merged.
 *
 * @param code      node-name suffix: "DE", "US-NEN", "sub-saharan-africa"
 * @param name      "Germany", "United States New England", "Sub-Saharan Africa (34 countries)"
 * @param country   ISO 3166-1 alpha-2, or the region code for merged small countries
 * @param continent AF, AS, EU, NA, SA, OC
 * @param location  where its border router sits
 * @param users     Internet users: its demand weight
 * @param members   ISO3 codes of the countries it covers
 */
public record EyeballSpec(String code, String name, String country, String continent, GeoPoint location, long users,
        List<String> members) {
    public EyeballSpec {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(continent, "continent");
        Objects.requireNonNull(location, "location");
        members = List.copyOf(members);
        if (users <= 0) {
            throw new IllegalArgumentException(code + ": an eyeball network needs users");
        }
    }
}
