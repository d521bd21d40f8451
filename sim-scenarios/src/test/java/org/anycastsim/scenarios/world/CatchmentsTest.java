package org.anycastsim.scenarios.world;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The catchments of the default cloudflare-2013 world once BGP has converged: every PoP catches
 * users, users land on their own continent, and countries land where 2013 users did.
 */
class CatchmentsTest {
    private static final World WORLD = Cloudflare2013.build();
    private static final Catchments CATCHMENTS = WorldRun.converged(WORLD).catchments();

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
        assertThat(CATCHMENTS.pops().stream().mapToLong(Catchments.PopShare::users).sum())
                .isEqualTo(WORLD.totalUsers());
        assertThat(CATCHMENTS.format()).contains("US-SAN", "users landing on their own continent");
    }

    @Test
    void everyPopCatchesAtLeastOneEyeballNetwork() {
        assertThat(CATCHMENTS.pops()).allSatisfy(p -> assertThat(p.networks()).as(p.code()).isPositive());
    }

    @Test
    void usersLandOnTheirOwnContinent() {
        assertThat(CATCHMENTS.continentalShare()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void countriesLandAtTheirOwnPops() {
        assertThat(popOf("NL")).isEqualTo("AMS");
        assertThat(popOf("US-SAN")).as("Washington area").isIn("IAD", "EWR");
        assertThat(popOf("GB")).isEqualTo("LHR");
        assertThat(popOf("JP")).isEqualTo("NRT");
        assertThat(popOf("AU")).isEqualTo("SYD");
        assertThat(popOf("DE")).isEqualTo("FRA");
    }

    @Test
    void washingtonReachesAshburnOverOneOfTheOperatorsProviders() {
        Catchments.Landing washington = CATCHMENTS.landing("US-SAN");
        assertThat(washington.asPath()).hasSize(2);
        assertThat(WORLD.pop("IAD").orElseThrow().providers()).contains(washington.asPath().get(0));
        assertThat(washington.rttMillis()).isLessThan(5.0);
    }

    @Test
    void chinaIsSplitOverHongKongAndTokyo() {
        assertThat(popOf("CN-S")).isEqualTo("HKG");
        assertThat(popOf("CN-E")).isEqualTo("HKG");
        assertThat(popOf("CN-N")).isEqualTo("NRT");
        assertThat(CATCHMENTS.pop("HKG").share()).isLessThan(0.2);
    }

    @Test
    void worksOnTheTeachingWorldsToo() {
        World diamond = BuiltInTopologies.DIAMOND.build();
        Catchments c = WorldRun.converged(diamond).catchments();
        assertThat(c.landings()).singleElement().satisfies(l -> {
            assertThat(l.code()).isEqualTo("client");
            assertThat(l.pop()).isIn("WEST", "EAST");
        });
        assertThat(c.continentalShare()).isEqualTo(1.0);
    }

    private static String popOf(String eyeball) {
        return CATCHMENTS.landing(eyeball).pop();
    }
}
