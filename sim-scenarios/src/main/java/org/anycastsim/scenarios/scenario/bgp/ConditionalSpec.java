package org.anycastsim.scenarios.scenario.bgp;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.anycastsim.core.bgp.BgpProfile.ConditionalAdvertisement;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * Conditional advertisement at PoP routers: announce a prefix only while at least K servers
 * announce it, K = max(minRoutes, ceil(minFraction x servers in the PoP)).
 */
public record ConditionalSpec(OptionalInt minRoutes, OptionalDouble minFraction, Where where) {

    /** minRoutes defaults to 1, minFraction to 0. */
    public ConditionalAdvertisement toRule() {
        return new ConditionalAdvertisement(minRoutes.orElse(1), minFraction.orElse(0.0));
    }
}
