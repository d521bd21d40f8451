package org.anycastsim.scenarios.world;

import java.util.List;
import java.util.Objects;
import org.anycastsim.core.geo.GeoPoint;

/**
 * A PoP of the operator as built into a world.
 *
 * @param code      IATA code, e.g. "LHR"; its nodes are {@code LHR-r1}, {@code LHR-sw1}, ...
 * @param city      the city
 * @param country   ISO 3166-1 alpha-2 code
 * @param region    the continent or region ("Europe")
 * @param location  the airport's coordinates, as the data gives them
 * @param sizeClass its size class
 * @param servers   how many servers it has
 * @param assumed   true for a site no source identifies (see MODELLING-ASSUMPTIONS.md)
 * @param providers AS numbers of its transit providers
 */
public record Pop(String code, String city, String country, String region, GeoPoint location, SizeClass sizeClass,
        int servers, boolean assumed, List<Integer> providers) {
    public Pop {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sizeClass, "sizeClass");
        providers = List.copyOf(providers);
    }

    /** The name of its edge router. */
    public String routerName() {
        return code + "-r1";
    }
}
