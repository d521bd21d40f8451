package org.anycastsim.core.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.anycastsim.core.kernel.RandomStreams;
import org.anycastsim.core.kernel.RandomStream;
import org.junit.jupiter.api.Test;

/** The traffic layer's use of the M/M/c model (the formulas themselves: host.QueueingModelTest). */
class QueueingTest {
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
