package org.anycastsim.scenarios.world;

import java.util.Objects;
import org.anycastsim.core.geo.GeoPoint;

/**
 * One row of country_demand_2013.csv that has an Internet-user figure.
 *
 * @param iso3      ISO 3166-1 alpha-3 code
 * @param iso2      ISO 3166-1 alpha-2 code
 * @param name      the country's name
 * @param continent AF, AS, EU, NA (North America, not "null"), SA, OC
 * @param subregion the UN M49 sub-region ("Western Europe")
 * @param location  the centroid of the country's largest polygon
 * @param users     people who used the Internet in the last 3 months (OWID / ITU), 2013; 0 where the
 *                  data has no figure
 */
public record CountryDemand(String iso3, String iso2, String name, String continent, String subregion,
        GeoPoint location, long users) {
    public CountryDemand {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(continent, "continent");
        Objects.requireNonNull(subregion, "subregion");
        Objects.requireNonNull(location, "location");
        if (users < 0) {
            throw new IllegalArgumentException(iso3 + ": negative user count " + users);
        }
    }
}
