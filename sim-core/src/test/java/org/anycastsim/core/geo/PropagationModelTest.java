package org.anycastsim.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PropagationModelTest {

    @Test
    void defaultsAreInflationOnePointFiveAt204KmPerMsAnd50MicrosecondsPerHop() {
        PropagationModel model = PropagationModel.DEFAULT;
        assertThat(model.pathInflation()).isEqualTo(1.5);
        assertThat(model.fibreSpeedKmPerMs()).isEqualTo(204.0);
        assertThat(model.perHopProcessingNanos()).isEqualTo(50_000L);
    }

    @Test
    void twoHundredFourKilometresWithInflationOnePointFiveTakeOnePointFiveMilliseconds() {
        // 204 km * 1.5 = 306 km of fibre; 306 km / 204 km per ms = 1.5 ms.
        assertThat(PropagationModel.DEFAULT.propagationNanos(204.0)).isEqualTo(1_500_000L);
    }

    @Test
    void oneDegreeAlongTheEquatorByHand() {
        // 6371 * pi / 180 = 111.194926645 km; * 1.5 = 166.792389967 km of fibre;
        // / 204 km per ms = 0.817609755 ms = 817 609.75 ns, rounded to 817 610 ns.
        long nanos = PropagationModel.DEFAULT.propagationNanos(new GeoPoint(0, 0), new GeoPoint(0, 1));
        assertThat(nanos).isEqualTo(817_610L);
    }

    @Test
    void delayScalesWithInflationAndExcludesThePerHopCost() {
        PropagationModel straight = PropagationModel.DEFAULT.withPathInflation(1.0);
        assertThat(straight.propagationNanos(204.0)).isEqualTo(1_000_000L);
        assertThat(straight.perHopProcessingNanos()).isEqualTo(50_000L);
        assertThat(straight.withPerHopProcessingNanos(20_000L).propagationNanos(204.0)).isEqualTo(1_000_000L);
        assertThat(straight.withPerHopProcessingNanos(20_000L).perHopProcessingNanos()).isEqualTo(20_000L);
    }

    @Test
    void samePointHasNoPropagationDelay() {
        GeoPoint ams = new GeoPoint(52.308601, 4.76389);
        assertThat(PropagationModel.DEFAULT.propagationNanos(ams, ams)).isZero();
    }

    @Test
    void rejectsNonsensicalParameters() {
        assertThatIllegalArgumentException().isThrownBy(() -> PropagationModel.DEFAULT.withPathInflation(0.9));
        assertThatIllegalArgumentException().isThrownBy(() -> new PropagationModel(1.5, 0.0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new PropagationModel(1.5, 204.0, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> PropagationModel.DEFAULT.propagationNanos(-1.0));
    }
}
