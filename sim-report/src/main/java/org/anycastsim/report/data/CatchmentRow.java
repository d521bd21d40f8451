package org.anycastsim.report.data;

import java.util.Objects;
import java.util.Optional;

/**
 * Which PoP one client network reaches at a snapshot.
 *
 * @param client       the client network's name
 * @param country      ISO country code, possibly empty
 * @param lat          latitude, degrees north
 * @param lon          longitude, degrees east
 * @param pop          the PoP reached, or null when the client reaches none
 * @param demandWeight the client's share of demand (any positive scale)
 */
public record CatchmentRow(String client, String country, double lat, double lon, String pop,
                           double demandWeight) {

    public CatchmentRow {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(country, "country");
        if (pop != null && pop.isEmpty()) {
            pop = null;
        }
    }

    public Optional<String> reachedPop() {
        return Optional.ofNullable(pop);
    }
}
