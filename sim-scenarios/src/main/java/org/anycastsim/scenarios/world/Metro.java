package org.anycastsim.scenarios.world;

import java.util.Objects;
import org.anycastsim.core.geo.GeoPoint;

/**
 * A metro area where transit networks have routers and meet each other (metros_2013.csv).
 *
 * @param code      IATA metropolitan-area or airport code, e.g. "LON"
 * @param city      the city's name
 * @param country   ISO 3166-1 alpha-2 code
 * @param continent AF, AS, EU, NA, SA or OC, as country_demand_2013.csv gives it for the country
 * @param location  the city centre
 */
public record Metro(String code, String city, String country, String continent, GeoPoint location) {
    public Metro {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(continent, "continent");
        Objects.requireNonNull(location, "location");
    }
}
