package org.anycastsim.core.kernel;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.EnumeratedRealDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/**
 * The distributions the model draws from (restart times, boot times, session durations,
 * inter-arrival gaps). Values are unit-less here; callers say what they mean (usually seconds).
 * Each is a value record; {@link #sampler} binds it to a component's random stream through the
 * matching commons-math3 distribution.
 */
public sealed interface Distribution {

    /** A sampler drawing from this distribution with {@code stream}'s numbers. */
    Sampler sampler(RandomStream stream);

    double mean();

    /** Draws values; one instance per (distribution, stream). */
    @FunctionalInterface
    interface Sampler {
        double sample();

        /** A sample interpreted as seconds, in nanoseconds (negative samples clamp to 0). */
        default long sampleSecondsAsNanos() {
            return SimTime.seconds(Math.max(0.0, sample()));
        }
    }

    record Constant(double value) implements Distribution {
        @Override
        public Sampler sampler(RandomStream stream) {
            return () -> value;
        }

        @Override
        public double mean() {
            return value;
        }
    }

    record Exponential(double mean) implements Distribution {
        public Exponential {
            require(mean > 0, "exponential mean must be > 0");
        }

        @Override
        public Sampler sampler(RandomStream stream) {
            return new ExponentialDistribution(stream.generator(), mean)::sample;
        }
    }

    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            require(max > min, "uniform needs max > min");
        }

        @Override
        public Sampler sampler(RandomStream stream) {
            return new UniformRealDistribution(stream.generator(), min, max)::sample;
        }

        @Override
        public double mean() {
            return (min + max) / 2;
        }
    }

    /** Log-normal with the given median and shape sigma of the underlying normal (mu = ln median). */
    record LogNormal(double median, double sigma) implements Distribution {
        public LogNormal {
            require(median > 0 && sigma > 0, "lognormal needs median > 0 and sigma > 0");
        }

        @Override
        public Sampler sampler(RandomStream stream) {
            return new LogNormalDistribution(stream.generator(), Math.log(median), sigma)::sample;
        }

        @Override
        public double mean() {
            return median * Math.exp(sigma * sigma / 2);
        }
    }

    /** Pareto (type I) with minimum {@code scale} and tail index {@code shape}. */
    record Pareto(double scale, double shape) implements Distribution {
        public Pareto {
            require(scale > 0 && shape > 0, "pareto needs scale > 0 and shape > 0");
        }

        @Override
        public Sampler sampler(RandomStream stream) {
            return new ParetoDistribution(stream.generator(), scale, shape)::sample;
        }

        @Override
        public double mean() {
            return shape <= 1 ? Double.POSITIVE_INFINITY : shape * scale / (shape - 1);
        }
    }

    /** 1 with probability p, else 0. */
    record Bernoulli(double p) implements Distribution {
        public Bernoulli {
            require(p >= 0 && p <= 1, "bernoulli p must be in [0, 1]");
        }

        @Override
        public Sampler sampler(RandomStream stream) {
            BinomialDistribution d = new BinomialDistribution(stream.generator(), 1, p);
            return () -> d.sample();
        }

        @Override
        public double mean() {
            return p;
        }
    }

    /** Resampling of observed values, each equally likely (the empirical distribution). */
    record Empirical(double[] values) implements Distribution {
        public Empirical {
            require(values.length > 0, "empirical needs at least one value");
            values = values.clone();
        }

        @Override
        public Sampler sampler(RandomStream stream) {
            double[] probabilities = new double[values.length];
            Arrays.fill(probabilities, 1.0 / values.length);
            RealDistribution d = new EnumeratedRealDistribution(stream.generator(), values, probabilities);
            return d::sample;
        }

        @Override
        public double mean() {
            return Arrays.stream(values).average().orElseThrow();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Empirical e && Arrays.equals(values, e.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Empirical" + Arrays.toString(values);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
