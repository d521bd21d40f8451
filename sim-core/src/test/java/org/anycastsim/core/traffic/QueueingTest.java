package org.anycastsim.core.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.anycastsim.core.kernel.RandomStreams;
import org.anycastsim.core.kernel.RandomStream;
import org.junit.jupiter.api.Test;

class QueueingTest {
    @Test
    void oneWorkerIsMm1() {
        // M/M/1: P(wait) = rho, W_q = rho / (mu - lambda).
        assertThat(Queueing.erlangC(1, 0.6)).isCloseTo(0.6, within(1e-12));
        assertThat(Queueing.meanWaitSeconds(1, 60, 100)).isCloseTo(0.6 / 40, within(1e-12));
    }

    @Test
    void twoWorkersMatchTheClosedForm() {
        // c = 2, a = 1: B = 0.2, C = 2 * 0.2 / (2 - 1 * 0.8) = 1/3; W_q = C / (2 mu - lambda).
        assertThat(Queueing.erlangC(2, 1.0)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Queueing.meanWaitSeconds(2, 10, 10)).isCloseTo((1.0 / 3) / 10, within(1e-12));
    }

    @Test
    void waitGrowsWithLoadAndIsInfiniteAtCapacity() {
        double previous = -1;
        for (double rho = 0.1; rho < 0.99; rho += 0.1) {
            double w = Queueing.meanWaitSeconds(16, rho * 1600, 100);
            assertThat(w).isGreaterThan(previous);
            previous = w;
        }
        assertThat(Queueing.meanWaitSeconds(16, 1600, 100)).isInfinite();
        assertThat(Queueing.erlangC(16, 16)).isEqualTo(1.0);
        assertThat(Queueing.meanWaitSeconds(4, 0, 100)).isZero();
    }

    @Test
    void largeWorkerCountsStayFinite() {
        double c = Queueing.erlangC(1000, 950);
        assertThat(c).isBetween(0.0, 1.0);
    }

    @Test
    void modelCapsOverloadAndSamplesAMatchingMean() {
        QueueModel q = new QueueModel(4, 0.5);
        assertThat(q.meanWaitSeconds(500, 400)).isEqualTo(0.5);
        assertThat(q.meanWaitSeconds(0, 0)).isZero();
        RandomStream r = new RandomStreams(7).stream("q");
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sum += q.sampleWaitSeconds(300, 400, r);
        }
        assertThat(sum / n).isCloseTo(q.meanWaitSeconds(300, 400), within(q.meanWaitSeconds(300, 400) * 0.03));
    }
}
