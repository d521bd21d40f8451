package org.anycastsim.core.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Erlang C and M/M/c waits against values computed by hand from the closed form. */
class QueueingModelTest {
    private static final double EPS = 1e-12;

    @Test
    void erlangCMatchesTheClosedForm() {
        // c = 1: C = rho
        assertThat(QueueingModel.erlangC(1, 0.5)).isCloseTo(0.5, within(EPS));
        // c = 2, a = 1: (1/2 * 2/1) / (1 + 1 + 1) = 1/3
        assertThat(QueueingModel.erlangC(2, 1.0)).isCloseTo(1.0 / 3, within(EPS));
        // c = 2, a = 1.5: (1.125 * 4) / (1 + 1.5 + 4.5) = 4.5 / 7
        assertThat(QueueingModel.erlangC(2, 1.5)).isCloseTo(4.5 / 7, within(EPS));
        // c = 3, a = 2: (8/6 * 3/1) / (1 + 2 + 2 + 4) = 4 / 9
        assertThat(QueueingModel.erlangC(3, 2.0)).isCloseTo(4.0 / 9, within(EPS));
        // c = 4, a = 2: a^4/4! = 2/3, times 4/2 = 4/3; sum_{k<4} = 1 + 2 + 2 + 4/3 = 19/3; C = (4/3) / (23/3) = 4/23
        assertThat(QueueingModel.erlangC(4, 2.0)).isCloseTo(4.0 / 23, within(EPS));
        assertThat(QueueingModel.erlangC(3, 0.0)).isZero();
        assertThat(QueueingModel.erlangC(3, 3.0)).isEqualTo(1.0);
    }

    @Test
    void meanWaitOfMm1IsRhoOverMuMinusLambda() {
        // mu = 1/s, lambda = 0.5/s: Wq = 0.5 / 0.5 = 1 s
        assertThat(QueueingModel.meanWaitSeconds(0.5, 1.0, 1)).isCloseTo(1.0, within(EPS));
        // 1000 rps capacity at 90 %: Wq = 0.9 / 100 = 9 ms
        assertThat(QueueingModel.meanWaitSeconds(900, 1000, 1)).isCloseTo(0.009, within(EPS));
    }

    @Test
    void meanWaitOfMmcScalesWithTheSlotRate() {
        // c = 2 slots of 1/s, lambda = 1: Wq = (1/3) / (2 - 1) = 1/3 s
        assertThat(QueueingModel.meanWaitSeconds(1.0, 2.0, 2)).isCloseTo(1.0 / 3, within(EPS));
        // c = 3 slots of 1000 rps each (3000 rps), lambda = 2000: a = 2, Wq = (4/9) / 1000 s
        assertThat(QueueingModel.meanWaitSeconds(2000, 3000, 3)).isCloseTo(4.0 / 9 / 1000, within(EPS));
        // response = wait + one service time (c / capacity = 1 ms)
        assertThat(QueueingModel.meanResponseSeconds(2000, 3000, 3)).isCloseTo(4.0 / 9 / 1000 + 0.001, within(EPS));
    }

    @Test
    void waitGrowsWithUtilisationAndDivergesAtCapacity() {
        double previous = -1;
        for (double rho = 0.05; rho < 1; rho += 0.05) {
            double w = QueueingModel.meanWaitSeconds(rho * 4000, 4000, 16);
            assertThat(w).isGreaterThan(previous);
            previous = w;
        }
        assertThat(QueueingModel.meanWaitSeconds(0, 4000, 16)).isZero();
        assertThat(QueueingModel.meanWaitSeconds(4000, 4000, 16)).isInfinite();
        assertThat(QueueingModel.meanWaitSeconds(5000, 4000, 16)).isInfinite();
        assertThat(QueueingModel.meanWaitSeconds(1, 0, 16)).isInfinite();
        // many slots keep the wait small until close to saturation
        assertThat(QueueingModel.meanWaitSeconds(2000, 4000, 16))
                .isLessThan(QueueingModel.meanWaitSeconds(2000, 4000, 1));
    }

    @Test
    void dropsAboveCapacityKeepOfferedEqualServedPlusDropped() {
        assertThat(QueueingModel.servedRps(5000, 4000)).isEqualTo(4000);
        assertThat(QueueingModel.droppedRps(5000, 4000)).isEqualTo(1000);
        assertThat(QueueingModel.servedRps(3000, 4000)).isEqualTo(3000);
        assertThat(QueueingModel.droppedRps(3000, 4000)).isZero();
        assertThat(QueueingModel.servedRps(3000, 0)).isZero();
        assertThat(QueueingModel.droppedRps(3000, 0)).isEqualTo(3000);
        assertThat(QueueingModel.utilisation(3000, 4000)).isEqualTo(0.75);
        assertThat(QueueingModel.utilisation(3000, 0)).isZero();
    }

    @Test
    void boundedWaitCutsArrivalsToCapacityAndCapsTheWait() {
        assertThat(QueueingModel.boundedMeanWaitSeconds(5000, 4000, 16, 0.5)).isEqualTo(0.5);
        assertThat(QueueingModel.boundedMeanWaitSeconds(0.5, 1.0, 1, 10)).isCloseTo(1.0, within(EPS));
        assertThat(QueueingModel.boundedMeanWaitSeconds(0.5, 1.0, 1, 0.25)).isEqualTo(0.25);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> QueueingModel.erlangC(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueingModel.meanWaitSeconds(-1, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueingModel.meanWaitSeconds(Double.NaN, 10, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueingModel.meanWaitSeconds(1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
