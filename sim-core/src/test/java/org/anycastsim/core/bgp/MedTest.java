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
     * The classic MED intransitivity (RFC 3345; Cisco, "How BGP routers use the MED for best path
     * selection"). A and B come from AS 100, C from AS 200, all iBGP with equal paths:
     * A beats B on MED (50 < 100); B beats C on IGP cost (0 < 5), MED not comparable;
     * C beats A on IGP cost (5 < 10), MED not comparable. A cycle.
     */
    static final class ClassicExample {
        static final Route A = from("10.0.0.1").path("100").med(50).build();
        static final Route B = from("10.0.0.2").path("100").med(100).build();
        static final Route C = from("10.0.0.3").path("200").med(0).build();
        static final IgpCost IGP = igp("10.0.0.1", 10, "10.0.0.2", 0, "10.0.0.3", 5);
    }

    @Test
    void withoutDeterministicMedTheResultDependsOnArrivalOrder() {
        DecisionOptions cisco = DecisionOptions.DEFAULTS.withDeterministicMed(false);
        Route a = ClassicExample.A;
        Route b = ClassicExample.B;
        Route c = ClassicExample.C;
        // [A,B,C]: A keeps off B (MED), then C beats A (IGP).
        assertThat(decide(cisco, ClassicExample.IGP, a, b, c).best()).isSameAs(c);
        // [A,C,B]: C beats A (IGP), then B beats C (IGP).
        assertThat(decide(cisco, ClassicExample.IGP, a, c, b).best()).isSameAs(b);
        // [B,C,A]: B keeps off C (IGP), then A beats B (MED).
        Decision d = decide(cisco, ClassicExample.IGP, b, c, a);
        assertThat(d.best()).isSameAs(a);
        assertThat(d.reason()).isEqualTo(DecisionReason.MED);
    }

    @Test
    void deterministicMedGivesOneAnswerForEveryArrivalOrder() {
        Route a = ClassicExample.A;
        Route b = ClassicExample.B;
        Route c = ClassicExample.C;
        // Per AS: A beats B in AS 100 (MED); then C beats A (IGP). RFC 4271's elimination agrees:
        // B is removed by A's lower MED, then C wins on IGP cost.
        for (List<Route> order : List.of(List.of(a, b, c), List.of(a, c, b), List.of(b, a, c),
                List.of(b, c, a), List.of(c, a, b), List.of(c, b, a))) {
            Decision d = new DecisionProcess(DecisionOptions.DEFAULTS).decide(order, ClassicExample.IGP).orElseThrow();
            assertThat(d.best()).as("order %s", order).isSameAs(c);
            assertThat(d.runnerUp()).isSameAs(a);
            assertThat(d.reason()).isEqualTo(DecisionReason.IGP_COST);
        }
    }
}
