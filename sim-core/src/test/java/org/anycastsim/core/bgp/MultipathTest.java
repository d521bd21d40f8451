package org.anycastsim.core.bgp;

import static org.anycastsim.core.bgp.Routes.from;
import static org.anycastsim.core.bgp.Routes.igp;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ECMP set formation, including the PoP case: servers announcing over iBGP with their weight as MED. */
class MultipathTest {

    private static final DecisionOptions POP_ROUTER = DecisionOptions.DEFAULTS.withMaxPaths(64);

    private static Decision decide(DecisionOptions options, IgpCost igp, Route... candidates) {
        return new DecisionProcess(options).decide(List.of(candidates), igp).orElseThrow();
    }

    private static Decision decide(DecisionOptions options, Route... candidates) {
        return decide(options, IgpCost.ALL_CONNECTED, candidates);
    }

    @Test
    void serversWithEqualMedFormAnEcmpSetInRouterIdOrder() {
        Route s3 = from("10.1.0.3").med(10).build();
        Route s1 = from("10.1.0.1").med(10).build();
        Route s2 = from("10.1.0.2").med(10).build();
        Route drained = from("10.1.0.4").med(20).build();
        Decision d = decide(POP_ROUTER, s3, drained, s1, s2);
        assertThat(d.best()).isSameAs(s1);
        assertThat(d.ecmp()).containsExactly(s1, s2, s3);
        assertThat(d.isMultipath()).isTrue();
        assertThat(d.reason()).isEqualTo(DecisionReason.ROUTER_ID);
        assertThat(d.reason().isTieBreak()).isTrue();
    }

    @Test
    void aServerWithLowerMedWinsAlone() {
        Route s1 = from("10.1.0.1").med(10).build();
        Route s2 = from("10.1.0.2").med(10).build();
        Route preferred = from("10.1.0.3").med(5).build();
        Decision d = decide(POP_ROUTER, s1, s2, preferred);
        assertThat(d.best()).isSameAs(preferred);
        assertThat(d.ecmp()).containsExactly(preferred);
        assertThat(d.reason()).isEqualTo(DecisionReason.MED);
    }

    @Test
    void maxPathsLimitsTheSetKeepingTheBestRankedMembers() {
        Route s1 = from("10.1.0.1").med(10).build();
        Route s2 = from("10.1.0.2").med(10).build();
        Route s3 = from("10.1.0.3").med(10).build();
        assertThat(decide(POP_ROUTER.withMaxPaths(2), s3, s2, s1).ecmp()).containsExactly(s1, s2);
        assertThat(decide(DecisionOptions.DEFAULTS, s3, s2, s1).ecmp()).containsExactly(s1);
    }

    @Test
    void differentIgpCostsExcludeFromTheSet() {
        Route near = from("10.1.0.1").med(10).build();
        Route far = from("10.1.0.2").med(10).build();
        Decision d = decide(POP_ROUTER, igp("10.1.0.2", 1), near, far);
        assertThat(d.ecmp()).containsExactly(near);
        assertThat(d.reason()).isEqualTo(DecisionReason.IGP_COST);
    }

    @Test
    void ebgpAndIbgpRoutesDoNotShareASet() {
        Route external = from("10.0.0.2").ebgp(174).path("174").build();
        Route internal = from("10.0.0.1").path("174").build();
        assertThat(decide(POP_ROUTER, internal, external).ecmp()).containsExactly(external);
    }

    @Test
    void identicalAsPathsAreRequiredWithoutRelax() {
        Route viaTelia = from("10.0.0.1").ebgp(1299).path("1299 64500").build();
        Route viaCogent = from("10.0.0.2").ebgp(174).path("174 64500").build();
        Route viaTelia2 = from("10.0.0.3").ebgp(1299).path("1299 64500").build();
        assertThat(decide(POP_ROUTER, viaCogent, viaTelia2, viaTelia).ecmp()).containsExactly(viaTelia, viaTelia2);
    }

    @Test
    void multipathRelaxAcceptsEqualLengthPathsFromDifferentAses() {
        Route viaTelia = from("10.0.0.1").ebgp(1299).path("1299 64500").build();
        Route viaCogent = from("10.0.0.2").ebgp(174).path("174 64500").build();
        Route longer = from("10.0.0.3").ebgp(3356).path("3356 3356 64500").build();
        DecisionOptions relaxed = POP_ROUTER.withMultipathRelax(true);
        assertThat(decide(POP_ROUTER, viaCogent, viaTelia).ecmp()).containsExactly(viaTelia);
        assertThat(decide(relaxed, viaCogent, longer, viaTelia).ecmp()).containsExactly(viaTelia, viaCogent);
    }

    @Test
    void relaxedSetIgnoresMedsThatAreNotComparableWithTheBest() {
        Route viaTelia = from("10.0.0.1").ebgp(1299).path("1299 64500").med(10).build();
        Route viaCogent = from("10.0.0.2").ebgp(174).path("174 64500").med(90).build();
        Route viaTeliaWorseMed = from("10.0.0.3").ebgp(1299).path("1299 64500").med(20).build();
        Decision d = decide(POP_ROUTER.withMultipathRelax(true), viaTeliaWorseMed, viaCogent, viaTelia);
        assertThat(d.ecmp()).containsExactly(viaTelia, viaCogent);
    }

    @Test
    void aRouteWithANextHopAlreadyInTheSetIsSkipped() {
        Route s1 = from("10.1.0.1").med(10).build();
        Route sameHop = from("10.1.0.2").med(10).nextHop("10.1.0.1").build();
        Route s3 = from("10.1.0.3").med(10).build();
        assertThat(decide(POP_ROUTER, s3, sameHop, s1).ecmp()).containsExactly(s1, s3);
        assertThat(decide(POP_ROUTER.withMaxPaths(2), s3, sameHop, s1).ecmp()).containsExactly(s1, s3);
    }

    @Test
    void tieBreakersAfterTheIgpCostOrderTheSet() {
        Route longerClusterList = from("10.1.0.1").routerId("1.1.1.1").clusters("9.9.9.9", "8.8.8.8").build();
        Route shorterClusterList = from("10.1.0.2").routerId("1.1.1.1").clusters("9.9.9.9").build();
        Route highRouterId = from("10.1.0.3").routerId("3.3.3.3").build();
        Decision d = decide(POP_ROUTER, highRouterId, longerClusterList, shorterClusterList);
        assertThat(d.ecmp()).containsExactly(shorterClusterList, longerClusterList, highRouterId);
        assertThat(d.reason()).isEqualTo(DecisionReason.CLUSTER_LIST);
    }
}
