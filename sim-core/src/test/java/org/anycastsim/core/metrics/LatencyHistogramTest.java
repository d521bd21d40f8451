package org.anycastsim.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {
    @Test
    void percentilesOfAUniformSampleAreWithinABucket() {
        LatencyHistogram h = new LatencyHistogram();
        double[] values = new double[100_000];
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < values.length; i++) {
            values[i] = 1 + 999 * r.nextDouble();
            h.record(values[i]);
        }
        Percentile exact = new Percentile();
        for (double q : new double[] {0.5, 0.95, 0.99}) {
            double e = exact.evaluate(values, q * 100);
            assertThat(h.percentile(q)).isCloseTo(e, within(e * 0.013));
        }
        assertThat(h.count()).isEqualTo(100_000);
        assertThat(h.mean()).isCloseTo(500.5, within(3.0));
    }

    @Test
    void aSingleValueIsReportedExactly() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(42.125);
        h.record(42.125);
        assertThat(h.percentile(0.5)).isEqualTo(42.125);
        assertThat(h.percentile(0.99)).isEqualTo(42.125);
    }

    @Test
    void weightsCountAsManyObservations() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(10, 90);
        h.record(100, 10);
        assertThat(h.percentile(0.5)).isCloseTo(10, within(0.2));
        assertThat(h.percentile(0.95)).isCloseTo(100, within(2.0));
        assertThat(h.mean()).isCloseTo(19, within(1e-12));
        h.record(5, 0);
        assertThat(h.count()).isEqualTo(100);
    }

    @Test
    void extremesLandInTheEdgeBucketsAndEmptyIsNaN() {
        LatencyHistogram h = new LatencyHistogram();
        assertThat(h.percentile(0.5)).isNaN();
        h.record(0.0);
        h.record(5e6);
        assertThat(h.percentile(0.5)).isEqualTo(0.0);
        assertThat(h.percentile(1.0)).isEqualTo(5e6);
        LatencyHistogram other = new LatencyHistogram();
        other.record(1.0, 2);
        h.merge(other);
        assertThat(h.count()).isEqualTo(4);
        h.reset();
        assertThat(h.isEmpty()).isTrue();
    }
}
