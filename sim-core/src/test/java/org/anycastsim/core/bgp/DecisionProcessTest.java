package org.anycastsim.core.bgp;

import static org.anycastsim.core.bgp.Routes.from;
import static org.anycastsim.core.bgp.Routes.igp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One case per step of the decision process. In each, the loser is better at every later step, so
 * the case also shows that the step outranks the ones after it.
 */
class DecisionProcessTest {

    private final DecisionProcess process = new DecisionProcess(DecisionOptions.DEFAULTS);

    private Decision decide(IgpCost igp, Route... candidates) {
        return process.decide(List.of(candidates), igp).orElseThrow();
    }

    private Decision decide(Route... candidates) {
        return decide(IgpCost.ALL_CONNECTED, candidates);
    }

    @Test
    void aSingleCandidateIsTheOnlyRoute() {
        Route only = from("10.0.0.1").build();
        Decision d = decide(only);
        assertThat(d.best()).isSameAs(only);
        assertThat(d.ecmp()).containsExactly(only);
        assertThat(d.reason()).isEqualTo(DecisionReason.ONLY_ROUTE);
        assertThat(d.runnerUp()).isNull();
    }

    @Test
    void noCandidatesNoDecision() {
        assertThat(process.decide(List.of(), IgpCost.ALL_CONNECTED)).isEmpty();
    }

    @Test
    void unreachableNextHopMakesARouteUnusable() {
        Route better = from("10.0.0.1").localPref(300).build();
        Route reachable = from("10.0.0.2").build();
        IgpCost igp = igp("10.0.0.1", IgpCost.UNREACHABLE);
        Decision d = decide(igp, better, reachable);
        assertThat(d.best()).isSameAs(reachable);
        assertThat(d.reason()).isEqualTo(DecisionReason.ONLY_ROUTE);
        assertThat(process.decide(List.of(better), igp)).isEmpty();
    }

    @Test
    void highestWeightFirst() {
        Route heavy = from("10.0.0.9").weight(10).localPref(50).path("1 2 3").build();
        Route light = from("10.0.0.1").localPref(200).build();
        Decision d = decide(light, heavy);
        assertThat(d.best()).isSameAs(heavy);
        assertThat(d.runnerUp()).isSameAs(light);
        assertThat(d.reason()).isEqualTo(DecisionReason.WEIGHT);
        assertThat(d.reason().phrase()).isEqualTo("higher weight");
    }

    @Test
    void thenHighestLocalPref() {
        Route preferred = from("10.0.0.9").localPref(200).path("1 2 3").origin(Origin.INCOMPLETE).build();
        Route shorter = from("10.0.0.1").path("4").build();
        assertThat(decide(shorter, preferred).best()).isSameAs(preferred);
        assertThat(decide(shorter, preferred).reason()).isEqualTo(DecisionReason.LOCAL_PREF);
    }

    @Test
    void thenLocallyOriginated() {
        Route local = from("10.0.0.9").local().origin(Origin.INCOMPLETE).build();
        Route learned = from("10.0.0.1").build();
        Decision d = decide(learned, local);
        assertThat(d.best()).isSameAs(local);
        assertThat(d.reason()).isEqualTo(DecisionReason.LOCALLY_ORIGINATED);
    }

    @Test
    void localRoutesNeedNoNextHopResolution() {
        Route local = from("10.0.0.9").local().build();
        IgpCost nothingResolves = nextHop -> IgpCost.UNREACHABLE;
        assertThat(process.decide(List.of(local), nothingResolves)).isPresent();
    }

    @Test
    void thenShortestAsPath() {
        Route shortPath = from("10.0.0.9").ebgp(174).path("174 13335").origin(Origin.INCOMPLETE).med(500).build();
        Route longPath = from("10.0.0.1").ebgp(1299).path("1299 3356 13335").build();
        Decision d = decide(longPath, shortPath);
        assertThat(d.best()).isSameAs(shortPath);
        assertThat(d.reason()).isEqualTo(DecisionReason.AS_PATH_LENGTH);
        assertThat(d.reason().phrase()).isEqualTo("shorter AS path");
    }

    @Test
    void thenLowestOrigin() {
        Route igpOrigin = from("10.0.0.9").path("174").med(500).build();
        Route egpOrigin = from("10.0.0.5").path("174").origin(Origin.EGP).med(1).build();
        Route incomplete = from("10.0.0.1").path("174").origin(Origin.INCOMPLETE).med(0).build();
        Decision d = decide(incomplete, egpOrigin, igpOrigin);
        assertThat(d.best()).isSameAs(igpOrigin);
        assertThat(d.runnerUp()).isSameAs(egpOrigin);
        assertThat(d.reason()).isEqualTo(DecisionReason.ORIGIN);
    }

    @Test
    void thenLowestMedFromTheSameNeighbourAs() {
        Route lowMed = from("10.0.0.9").path("174 13335").med(10).build();
        Route highMed = from("10.0.0.1").ebgp(174).path("174 13335").med(20).build();
        Decision d = decide(highMed, lowMed);
        assertThat(d.best()).isSameAs(lowMed);
        assertThat(d.reason()).isEqualTo(DecisionReason.MED);
        assertThat(d.reason().phrase()).isEqualTo("lower MED");
    }

    @Test
    void thenEbgpOverIbgp() {
        Route external = from("10.0.0.9").ebgp(174).path("174").build();
        Route internal = from("10.0.0.1").path("1299").build();
        Decision d = decide(igp("10.0.0.9", 100), internal, external);
        assertThat(d.best()).isSameAs(external);
        assertThat(d.reason()).isEqualTo(DecisionReason.EBGP_OVER_IBGP);
    }

    @Test
    void thenLowestIgpCostToNextHop() {
        Route near = from("10.0.0.9").path("174").build();
        Route far = from("10.0.0.1").path("1299").build();
        Decision d = decide(igp("10.0.0.9", 5, "10.0.0.1", 10), far, near);
        assertThat(d.best()).isSameAs(near);
        assertThat(d.reason()).isEqualTo(DecisionReason.IGP_COST);
    }

    @Test
    void thenLowestRouterId() {
        Route lowId = from("10.0.0.9").routerId("1.1.1.1").path("174").build();
        Route highId = from("10.0.0.1").routerId("2.2.2.2").path("1299").build();
        Decision d = decide(highId, lowId);
        assertThat(d.best()).isSameAs(lowId);
        assertThat(d.reason()).isEqualTo(DecisionReason.ROUTER_ID);
    }

    @Test
    void routerIdsCompareUnsigned() {
        Route low = from("10.0.0.9").routerId("127.0.0.1").build();
        Route high = from("10.0.0.1").routerId("192.0.2.1").build();
        assertThat(decide(high, low).best()).isSameAs(low);
    }

    @Test
    void thenShortestClusterList() {
        Route oneHop = from("10.0.0.9").originator("5.5.5.5").clusters("1.1.1.1").build();
        Route twoHops = from("10.0.0.1").originator("5.5.5.5").clusters("2.2.2.2", "1.1.1.1").build();
        Decision d = decide(twoHops, oneHop);
        assertThat(d.best()).isSameAs(oneHop);
        assertThat(d.reason()).isEqualTo(DecisionReason.CLUSTER_LIST);
    }

    @Test
    void thenLowestPeerAddress() {
        // Two sessions to the same router (same BGP identifier), e.g. over two links.
        Route lowAddress = from("10.0.0.1").routerId("1.1.1.1").build();
        Route highAddress = from("10.0.0.2").routerId("1.1.1.1").build();
        Decision d = decide(highAddress, lowAddress);
        assertThat(d.best()).isSameAs(lowAddress);
        assertThat(d.reason()).isEqualTo(DecisionReason.PEER_ADDRESS);
    }

    @Test
    void originatorIdStandsInForTheRouterIdOfReflectedRoutes() {
        // Reflected by RR 9.9.9.9 from client 1.1.1.1, against a direct route from 5.5.5.5 (RFC 4456 9).
        Route reflected = from("10.0.0.9").routerId("9.9.9.9").originator("1.1.1.1").clusters("9.9.9.9").build();
        Route direct = from("10.0.0.5").routerId("5.5.5.5").build();
        Decision d = decide(direct, reflected);
        assertThat(d.best()).isSameAs(reflected);
        assertThat(d.reason()).isEqualTo(DecisionReason.ROUTER_ID);

        Route reflectedFromHighId = from("10.0.0.1").routerId("1.1.1.1").originator("7.7.7.7").build();
        assertThat(decide(reflectedFromHighId, direct).best()).isSameAs(direct);
    }

    @Test
    void candidatesTyingAtEveryStepAreRejected() {
        Route a = from("10.0.0.1").build();
        Route b = from("10.0.0.1").nextHop("10.0.0.7").build();
        assertThatThrownBy(() -> decide(a, b)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arrayEntryPointMatchesListEntryPoint() {
        Route a = from("10.0.0.1").path("174").build();
        Route b = from("10.0.0.2").path("174 1299").build();
        Route[] buffer = {a, b, null};
        Decision d = process.decide(buffer, 2, IgpCost.ALL_CONNECTED).orElseThrow();
        assertThat(d).isEqualTo(decide(a, b));
    }

    @Test
    void scratchBuffersGrowBeyondTheirInitialSize() {
        Route[] many = new Route[40];
        for (int i = 0; i < many.length; i++) {
            many[i] = from("10.0.1." + (i + 1)).path(i == 33 ? "174" : "174 1299").build();
        }
        assertThat(decide(many).best()).isSameAs(many[33]);
    }

    @Test
    void explainNamesBothRoutesAndTheStep() {
        Route shortPath = from("10.0.0.9").path("174").build();
        Route longPath = from("10.0.0.1").path("174 1299").build();
        assertThat(decide(longPath, shortPath).explain())
                .contains("[174]", "[174 1299]", "10.0.0.9", "shorter AS path");
    }
}
