package org.anycastsim.scenarios.bench;

import org.anycastsim.core.net.Igp;
import org.anycastsim.scenarios.world.BuiltInTopology;
import org.anycastsim.scenarios.world.World;

/**
 * What it costs to get a built-in world ready to run: building the graph (data files, PoPs,
 * transit backbones, interconnects, eyeball networks, sessions) and then every AS's IGP table
 * (all-pairs shortest paths, which the first BGP decision needs anyway). The first build in a
 * JVM pays for class loading, the data files and the interpreter; later ones show the steady cost.
 */
public final class WorldBuildBenchmark {
    /** One build: wall nanoseconds of the world and of its IGP tables. */
    public record Build(long worldNanos, long igpNanos) {
        public long totalNanos() {
            return worldNanos + igpNanos;
        }
    }

    private final BuiltInTopology<?> topology;

    public WorldBuildBenchmark(BuiltInTopology<?> topology) {
        this.topology = topology;
    }

    public Build once() {
        long start = System.nanoTime();
        World world = topology.build();
        long built = System.nanoTime();
        new Igp(world.topology()).computeAll();
        return new Build(built - start, System.nanoTime() - built);
    }

    /** Medians of {@code repetitions} builds, of the world and of the IGP separately. */
    public Build median(int repetitions) {
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be positive");
        }
        long[] world = new long[repetitions];
        long[] igp = new long[repetitions];
        for (int r = 0; r < repetitions; r++) {
            Build b = once();
            world[r] = b.worldNanos();
            igp[r] = b.igpNanos();
        }
        return new Build(Medians.of(world), Medians.of(igp));
    }
}
