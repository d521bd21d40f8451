package org.anycastsim.core.kernel;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * One component's random numbers: a WELL19937c generator (commons-math3) seeded from the
 * master seed and the stream's name. Distributions are bound to a stream with
 * {@link Distribution#sampler(RandomStream)}.
 */
public final class RandomStream {
    private final String name;
    private final Well19937c generator;

    RandomStream(String name, int[] seed) {
        this.name = name;
        this.generator = new Well19937c(seed);
    }

    public String name() {
        return name;
    }

    /** The underlying generator, for commons-math3 distributions. */
    public RandomGenerator generator() {
        return generator;
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return generator.nextDouble();
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        return generator.nextInt(bound);
    }

    public int nextInt() {
        return generator.nextInt();
    }

    public long nextLong() {
        return generator.nextLong();
    }

    /** True with probability {@code p} (a Bernoulli trial). */
    public boolean bernoulli(double p) {
        return generator.nextDouble() < p;
    }

    /** An exponential variate of the given mean (inverse transform; no allocation). */
    public double exponential(double mean) {
        return -mean * Math.log1p(-generator.nextDouble());
    }

    /** Uniform in [min, max). */
    public double uniform(double min, double max) {
        return min + (max - min) * generator.nextDouble();
    }

    @Override
    public String toString() {
        return "RandomStream[" + name + "]";
    }
}
