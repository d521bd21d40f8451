package org.anycastsim.core.kernel;

import com.google.common.hash.HashCode;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Named random streams derived from one master seed. Each component asks for its own stream by
 * a stable name ("traffic.arrivals", "host.SJC-s03.restart"); the stream's seed is a hash of
 * (master seed, name), so adding a component, or drawing more numbers in one, never changes
 * another stream's numbers. Two what-if runs with the same seed therefore differ only by what
 * the user changed (common random numbers).
 */
public final class RandomStreams {
    private final long masterSeed;
    private final Map<String, RandomStream> streams = new HashMap<>();

    public RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
    }

    public long masterSeed() {
        return masterSeed;
    }

    /** The stream of that name; asking twice returns the same stream (it continues, it does not restart). */
    public RandomStream stream(String name) {
        return streams.computeIfAbsent(name, n -> new RandomStream(n, seedFor(masterSeed, n)));
    }

    /** A fresh stream for {@code name}, independent of any cached one; for parallel sweeps and tests. */
    public RandomStream fresh(String name) {
        return new RandomStream(name, seedFor(masterSeed, name));
    }

    /** 128 bits of seed material from murmur3 over (master seed, UTF-8 name); stable across JVMs. */
    static int[] seedFor(long masterSeed, String name) {
        HashCode hash = Hashing.murmur3_128(0x5eed)
                .newHasher()
                .putLong(masterSeed)
                .putString(name, StandardCharsets.UTF_8)
                .hash();
        byte[] b = hash.asBytes();
        int[] seed = new int[4];
        for (int i = 0; i < 4; i++) {
            seed[i] = (b[4 * i] & 0xff) | (b[4 * i + 1] & 0xff) << 8 | (b[4 * i + 2] & 0xff) << 16 | (b[4 * i + 3] & 0xff) << 24;
        }
        return seed;
    }
}
