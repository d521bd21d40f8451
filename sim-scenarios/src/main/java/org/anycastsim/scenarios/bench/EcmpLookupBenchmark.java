package org.anycastsim.scenarios.bench;

import java.util.ArrayList;
import java.util.List;
import org.anycastsim.core.forward.FlowHash;
import org.anycastsim.core.forward.HashThreshold;
import org.anycastsim.core.forward.HashingScheme;
import org.anycastsim.core.forward.Maglev;
import org.anycastsim.core.forward.NextHopGroup;
import org.anycastsim.core.forward.ResilientBuckets;
import org.anycastsim.core.kernel.RandomStream;
import org.anycastsim.core.kernel.RandomStreams;

/**
 * The per-packet cost of an ECMP group: {@link NextHopGroup#select(int)} over pre-computed flow
 * hashes, for Maglev (a 65,537-slot table), hash-threshold (a binary search over regions) and
 * resilient buckets (a 4,096-bucket table). The hashes are those of random 5-tuples, computed
 * before timing, so the figure is the table lookup alone; 2^16 of them (256 KiB) are cycled
 * through so that the access pattern over the table is random, as real traffic's is.
 *
 * <p>Each scheme gets one untimed repetition first, so that the loop is compiled before it is
 * measured; the result is the median of the timed repetitions.
 */
public final class EcmpLookupBenchmark {
    /** One scheme's figure. */
    public record Result(String scheme, int slots, double lookupsPerSecond) {}

    private static final int HASH_BITS = 16;
    /** Keeps the JIT from discarding lookups whose results are never used. */
    private static volatile long sink;

    private final int nextHops;
    private final long lookupsPerRepetition;
    private final int repetitions;
    private final int[] hashes = new int[1 << HASH_BITS];

    public EcmpLookupBenchmark(int nextHops, long lookupsPerRepetition, int repetitions, long seed) {
        if (nextHops < 1 || lookupsPerRepetition < 1 || repetitions < 1) {
            throw new IllegalArgumentException("next hops, lookups and repetitions must be positive");
        }
        this.nextHops = nextHops;
        this.lookupsPerRepetition = lookupsPerRepetition;
        this.repetitions = repetitions;
        RandomStream random = new RandomStreams(seed).stream("bench.forward.flows");
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = FlowHash.hash(random.nextInt(), random.nextInt(), random.nextInt(65536),
                    random.nextInt(65536), 17, 0);
        }
    }

    /** Maglev, hash-threshold and resilient buckets, in that order. */
    public List<Result> run() {
        List<Result> out = new ArrayList<>();
        out.add(measure("maglev", new Maglev(Maglev.DEFAULT_TABLE_SIZE), Maglev.DEFAULT_TABLE_SIZE));
        out.add(measure("hash-threshold", new HashThreshold(), nextHops));
        out.add(measure("resilient", new ResilientBuckets(), ResilientBuckets.DEFAULT_BUCKETS));
        return out;
    }

    private Result measure(String name, HashingScheme scheme, int slots) {
        NextHopGroup group = new NextHopGroup(scheme);
        for (int id = 0; id < nextHops; id++) {
            group.add(id);
        }
        lookups(group, lookupsPerRepetition);
        double[] rates = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long start = System.nanoTime();
            lookups(group, lookupsPerRepetition);
            rates[r] = lookupsPerRepetition / ((System.nanoTime() - start) / 1e9);
        }
        return new Result(name, slots, Medians.of(rates));
    }

    private void lookups(NextHopGroup group, long count) {
        int[] h = hashes;
        long sum = 0;
        long done = 0;
        while (done < count) {
            int n = (int) Math.min(h.length, count - done);
            for (int i = 0; i < n; i++) {
                sum += group.select(h[i]);
            }
            done += n;
        }
        sink = sum;
    }
}
