package org.anycastsim.scenarios.world;

import java.util.Objects;
import org.anycastsim.core.geo.GeoPoint;

/**
 * A CloudFlare site as the data lists it (cloudflare_pops_2013.csv, or one of the candidates for
 * the two unidentified sites).
 *
 * @param code     IATA code of the nearest airport, as CloudFlare names its sites
 * @param city     the city
 * @param country  ISO 3166-1 alpha-2 code
 * @param region   the continent or region, as the data gives it ("Europe")
 * @param location the airport's coordinates (not the building's)
 */
public record PopSite(String code, String city, String country, String region, GeoPoint location) {
    public PopSite {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(location, "location");
    }
}
