package org.anycastsim.core.bgp;

import static org.anycastsim.core.bgp.Routes.from;
import static org.anycastsim.core.bgp.Routes.igp;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MULTI_EXIT_DISC: RFC 4271 9.1.2.2 c) and the Cisco/FRR knobs around it. */
class MedTest {

    private static Decision decide(DecisionOptions options, IgpCost igp, Route... candidates) {
        return new DecisionProcess(options).decide(List.of(candidates), igp).orElseThrow();
    }

    // Two iBGP routes with equal-length paths via different neighbouring ASes; the lower MED is
    // farther away in the IGP.
    private final Route viaTeliaLowMed = from("10.0.0.1").path("1299 64500").med(10).build();
    private final Route viaCogentHighMed = from("10.0.0.2").path("174 64500").med(50).build();
    private final IgpCost teliaFar = igp("10.0.0.1", 20, "10.0.0.2", 10);

    @Test
    void medIsIgnoredBetweenDifferentNeighbourAses() {
        Decision d = decide(DecisionOptions.DEFAULTS, teliaFar, viaTeliaLowMed, viaCogentHighMed);
        assertThat(d.best()).isSameAs(viaCogentHighMed);
        assertThat(d.reason()).isEqualTo(DecisionReason.IGP_COST);
    }

    @Test
    void alwaysCompareMedComparesAcrossNeighbourAses() {
        DecisionOptions options = DecisionOptions.DEFAULTS.withAlwaysCompareMed(true);
        Decision d = decide(options, teliaFar, viaTeliaLowMed, viaCogentHighMed);
        assertThat(d.best()).isSameAs(viaTeliaLowMed);
        assertThat(d.reason()).isEqualTo(DecisionReason.MED);
    }

    @Test
    void medIsComparedBetweenRoutesWithEmptyAsPaths() {
        // Servers in a PoP announcing over iBGP: no AS in the path, MEDs are comparable (FRR).
        Route server1 = from("10.1.0.1").med(20).build();
        Route server2 = from("10.1.0.2").med(10).build();
        Decision d = decide(DecisionOptions.DEFAULTS, igp("10.1.0.2", 5), server1, server2);
        assertThat(d.best()).isSameAs(server2);
        assertThat(d.reason()).isEqualTo(DecisionReason.MED);
    }

    @Test
    void missingMedCountsAsZeroPerRfc4271() {
        Route noMed = from("10.0.0.9").path("174").build();
        Route med5 = from("10.0.0.1").path("174").med(5).build();
        Decision d = decide(DecisionOptions.DEFAULTS, IgpCost.ALL_CONNECTED, med5, noMed);
        assertThat(d.best()).isSameAs(noMed);
        assertThat(d.reason()).isEqualTo(DecisionReason.MED);
    }

    @Test
    void missingMedAsWorstLosesToAnyMed() {
        Route noMed = from("10.0.0.1").path("174").build();
        Route med5 = from("10.0.0.9").path("174").med(5).build();
        Decision d = decide(DecisionOptions.DEFAULTS.withMissingMedAsWorst(true), IgpCost.ALL_CONNECTED, noMed, med5);
        assertThat(d.best()).isSameAs(med5);
        assertThat(d.reason()).isEqualTo(DecisionReason.MED);
    }

    @Test
    void missingMedAsWorstTiesWithTheLargestMed() {
        Route noMed = from("10.0.0.1").path("174").build();
        Route maxMed = from("10.0.0.9").path("174").med(PathAttributes.MED_MAX).build();
        Decision d = decide(DecisionOptions.DEFAULTS.withMissingMedAsWorst(true), IgpCost.ALL_CONNECTED, maxMed, noMed);
        assertThat(d.best()).isSameAs(noMed);
        assertThat(d.reason()).isEqualTo(DecisionReason.ROUTER_ID);
    }

    @Test
    void medMattersOnlyAfterAsPathLength() {
        Route shortHighMed = from("10.0.0.9").path("174").med(1000).build();
        Route longLowMed = from("10.0.0.1").path("174 1299").med(0).build();
        Decision d = decide(DecisionOptions.DEFAULTS, IgpCost.ALL_CONNECTED, longLowMed, shortHighMed);
        assertThat(d.best()).isSameAs(shortHighMed);
    }

    /**
     * The classic example of MED intransitivity used in vendor documentation of deterministic-med
     * (Cisco, Huawei; RFC 3345 analyses the oscillations it causes). All three are iBGP routes with
     * one-AS paths: A1 and A2 via AS 12, B via AS 3.
     * A1 beats A2 on MED (100 < 150); A2 beats B on IGP cost (11 < 12), MEDs not comparable;
     * B beats A1 on IGP cost (12 < 13), MEDs not comparable. A cycle.
     */
    static final class ClassicExample {
        static final Route A1 = from("10.0.0.4").routerId("4.4.4.4").path("12").med(100).build();
        static final Route A2 = from("10.0.0.5").routerId("5.5.5.5").path("12").med(150).build();
        static final Route B = from("10.0.0.6").routerId("6.6.6.6").path("3").med(0).build();
        static final IgpCost IGP = igp("10.0.0.4", 13, "10.0.0.5", 11, "10.0.0.6", 12);
    }

    @Test
    void withoutDeterministicMedTheResultDependsOnArrivalOrder() {
        DecisionOptions cisco = DecisionOptions.DEFAULTS.withDeterministicMed(false);
        Route a1 = ClassicExample.A1;
        Route a2 = ClassicExample.A2;
        Route b = ClassicExample.B;
        // [A1,A2,B]: A1 keeps off A2 (MED), then B beats A1 (IGP).
        assertThat(decide(cisco, ClassicExample.IGP, a1, a2, b).best()).isSameAs(b);
        assertThat(decide(cisco, ClassicExample.IGP, a2, a1, b).best()).isSameAs(b);
        assertThat(decide(cisco, ClassicExample.IGP, b, a1, a2).best()).isSameAs(a2);
        // [A1,B,A2]: B beats A1 (IGP), then A2 beats B (IGP).
        assertThat(decide(cisco, ClassicExample.IGP, a1, b, a2).best()).isSameAs(a2);
        // [A2,B,A1]: A2 keeps off B (IGP), then A1 beats A2 (MED).
        Decision d = decide(cisco, ClassicExample.IGP, a2, b, a1);
        assertThat(d.best()).isSameAs(a1);
        assertThat(d.reason()).isEqualTo(DecisionReason.MED);
        assertThat(decide(cisco, ClassicExample.IGP, b, a2, a1).best()).isSameAs(a1);
    }

    @Test
    void deterministicMedGivesOneAnswerForEveryArrivalOrder() {
        Route a1 = ClassicExample.A1;
        Route a2 = ClassicExample.A2;
        Route b = ClassicExample.B;
        // Per AS: A1 beats A2 in AS 12 (MED); then B beats A1 (IGP). RFC 4271's elimination agrees:
        // A2 is removed by A1's lower MED, then B wins on IGP cost.
        for (List<Route> order : List.of(List.of(a1, a2, b), List.of(a1, b, a2), List.of(a2, a1, b),
                List.of(a2, b, a1), List.of(b, a1, a2), List.of(b, a2, a1))) {
            Decision d = new DecisionProcess(DecisionOptions.DEFAULTS).decide(order, ClassicExample.IGP).orElseThrow();
            assertThat(d.best()).as("order %s", order).isSameAs(b);
            assertThat(d.runnerUp()).isSameAs(a1);
            assertThat(d.reason()).isEqualTo(DecisionReason.IGP_COST);
        }
    }
}
