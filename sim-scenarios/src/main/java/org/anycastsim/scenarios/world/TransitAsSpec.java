package org.anycastsim.scenarios.world;

import java.util.List;
import java.util.Objects;
import org.anycastsim.core.net.AsRole;

/**
 * A transit network as transit_ases_2013.csv describes it.
 *
 * @param asn    the AS number
 * @param name   the company's name in 2013
 * @param role   {@link AsRole#TIER1} for members of CAIDA's 2013 inferred clique, else {@link AsRole#TRANSIT}
 * @param metros the metro codes where it has a router, hubs first
 */
public record TransitAsSpec(int asn, String name, AsRole role, List<String> metros) {
    public TransitAsSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        metros = List.copyOf(metros);
        if (role != AsRole.TIER1 && role != AsRole.TRANSIT) {
            throw new IllegalArgumentException("AS" + asn + ": a transit network is TIER1 or TRANSIT, not " + role);
        }
    }
}
