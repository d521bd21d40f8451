package org.anycastsim.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static double[] draw(RandomStream s, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.nextDouble();
        }
        return out;
    }

    @Test
    void aStreamDependsOnlyOnTheMasterSeedAndItsName() {
        RandomStreams a = new RandomStreams(99);
        RandomStreams b = new RandomStreams(99);
        // b creates other streams first and draws heavily from one of them.
        RandomStream noisy = b.stream("noisy-component");
        for (int i = 0; i < 10_000; i++) {
            noisy.nextLong();
        }
        b.stream("another");
        assertThat(draw(b.stream("traffic"), 100)).isEqualTo(draw(a.stream("traffic"), 100));
    }

    @Test
    void drawingMoreFromOneStreamDoesNotShiftAnother() {
        RandomStreams a = new RandomStreams(5);
        RandomStreams b = new RandomStreams(5);
        RandomStream aHost = a.stream("host");
        RandomStream bHost = b.stream("host");
        RandomStream aBgp = a.stream("bgp");
        RandomStream bBgp = b.stream("bgp");
        for (int i = 0; i < 1000; i++) {
            aHost.nextDouble();
            aBgp.nextDouble();
            bBgp.nextDouble();
            if (i % 3 == 0) {
                // b's host draws three times as often.
                bHost.nextDouble();
                bHost.nextDouble();
            }
            bHost.nextDouble();
        }
        assertThat(draw(aBgp, 50)).isEqualTo(draw(bBgp, 50));
    }

    @Test
    void distinctNamesAndSeedsGiveDistinctStreams() {
        RandomStreams r = new RandomStreams(5);
        assertThat(draw(r.fresh("x"), 10)).isNotEqualTo(draw(r.fresh("y"), 10));
        assertThat(draw(new RandomStreams(6).fresh("x"), 10)).isNotEqualTo(draw(r.fresh("x"), 10));
        assertThat(r.stream("x")).isSameAs(r.stream("x"));
    }

    @Test
    void distributionsHaveTheirMeans() {
        RandomStreams r = new RandomStreams(11);
        Distribution[] ds = {
            new Distribution.Exponential(2.0),
            new Distribution.Uniform(1.0, 3.0),
            new Distribution.LogNormal(1.0, 0.5),
            new Distribution.Pareto(1.0, 3.0),
            new Distribution.Bernoulli(0.25),
            new Distribution.Empirical(new double[] {1, 2, 6}),
            new Distribution.Constant(4.0)
        };
        for (Distribution d : ds) {
            Distribution.Sampler s = d.sampler(r.fresh(d.toString()));
            SummaryStatistics stats = new SummaryStatistics();
            for (int i = 0; i < 200_000; i++) {
                stats.addValue(s.sample());
            }
            assertThat(stats.getMean()).as(d.toString()).isCloseTo(d.mean(), within(0.03 * d.mean()));
        }
    }

    @Test
    void streamHelpersMatchTheirDistributions() {
        RandomStream s = new RandomStreams(3).fresh("h");
        SummaryStatistics exp = new SummaryStatistics();
        int hits = 0;
        for (int i = 0; i < 200_000; i++) {
            exp.addValue(s.exponential(0.5));
            if (s.bernoulli(0.1)) {
                hits++;
            }
        }
        assertThat(exp.getMean()).isCloseTo(0.5, within(0.01));
        assertThat(hits / 200_000.0).isCloseTo(0.1, within(0.003));
    }
}
