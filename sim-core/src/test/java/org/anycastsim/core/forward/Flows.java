package org.anycastsim.core.forward;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Deterministic random flows for tests. */
final class Flows {
    static final int ROUTER_SEED = 0x5eed;

    private Flows() {}

    static List<FlowKey> random(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<FlowKey> flows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            flows.add(new FlowKey(random.nextInt(), random.nextInt(), random.nextInt(1 << 16),
                    random.nextInt(1 << 16), random.nextBoolean() ? FlowKey.TCP : FlowKey.UDP));
        }
        return flows;
    }

    /** Flow hashes of {@code count} random flows at a router seeded {@link #ROUTER_SEED}. */
    static int[] hashes(int count, long seed) {
        return random(count, seed).stream().mapToInt(f -> f.hash(ROUTER_SEED)).toArray();
    }

    /** How many of {@code hashes} each of the ids 0..maxId-1 receives. */
    static int[] histogram(NextHopGroup group, int[] hashes, int maxId) {
        int[] counts = new int[maxId];
        for (int h : hashes) {
            counts[group.select(h)]++;
        }
        return counts;
    }
}
