package org.anycastsim.scenarios.world;

import static org.assertj.core.api.Assertions.assertThat;

import org.anycastsim.core.model.AnycastModel;
import org.junit.jupiter.api.Test;

/** The catchments of the default cloudflare-2013 world once BGP has converged. */
class CatchmentsTest {
    private static final World WORLD = Cloudflare2013.build();
    private static final AnycastModel MODEL = CatchmentsMain.converged(WORLD);
    private static final Catchments CATCHMENTS = Catchments.of(WORLD, MODEL);

    @Test
    void everyEyeballNetworkReachesAPopAndTheSharesAddUp() {
        assertThat(CATCHMENTS.landings()).hasSameSizeAs(WORLD.eyeballs());
        assertThat(CATCHMENTS.landings()).allSatisfy(l -> {
            assertThat(l.pop()).as(l.code()).isNotNull();
            assertThat(l.asPath()).as(l.code()).endsWith(Cloudflare2013.OPERATOR_ASN);
            assertThat(l.hops().get(0).node()).isEqualTo(l.eyeball().node());
            assertThat(l.rttMillis()).isPositive();
        });
        assertThat(CATCHMENTS.pops()).hasSameSizeAs(WORLD.pops());
        assertThat(CATCHMENTS.pops().stream().mapToLong(Catchments.PopShare::users).sum()).isEqualTo(WORLD.totalUsers());
        assertThat(CATCHMENTS.format()).contains("US-SAN", "users landing on their own continent");
    }
}
