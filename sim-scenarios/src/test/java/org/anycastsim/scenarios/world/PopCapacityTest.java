package org.anycastsim.scenarios.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.anycastsim.core.traffic.TrafficClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default server counts carry 1.2 M requests/s split by users: every PoP at or under 70 %,
 * and no surviving PoP at or above 100 % when the router of one of the PoPs whose failure loads a
 * neighbour most is down: Hong Kong (China moves to Seoul), Singapore (India and South-East Asia
 * to Hong Kong), Frankfurt (Africa to Vienna). The full N-1 sweep over all 23 is CatchmentsMain's
 * "n-1".
 */
class PopCapacityTest {

    @Test
    void noPopAboveSeventyPercentWithEveryPopUp() {
        WorldRun run = WorldRun.converged(Cloudflare2013.build()).withDemand();
        assertThat(run.utilisation()).allSatisfy((pop, u) -> assertThat(u).as(pop).isLessThanOrEqualTo(0.70));
        assertThat(run.traffic().fluid().aggregates().totalRates(TrafficClass.LEGIT).dropped()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HKG", "SIN", "FRA"})
    void survivingPopsStayUnderFullLoadWhenABigPopFails(String failed) {
        WorldRun run = WorldRun.converged(Cloudflare2013.build()).withDemand().withPopDown(failed);
        Map<String, Double> u = run.utilisation();
        u.remove(failed);
        assertThat(u).allSatisfy((pop, load) -> assertThat(load).as(pop).isLessThan(1.0));
        assertThat(run.traffic().fluid().aggregates().totalRates(TrafficClass.LEGIT).dropped()).isZero();
    }
}
