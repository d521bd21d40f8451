package org.anycastsim.scenarios.bench;

import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.model.ModelConfig;
import org.anycastsim.scenarios.run.InitialConvergence;
import org.anycastsim.scenarios.world.BuiltInTopologies;
import org.anycastsim.scenarios.world.Cloudflare2013Options;
import org.anycastsim.scenarios.world.World;

/**
 * The initial BGP convergence of cloudflare-2013: every router and server starts at once and the
 * run goes on until routes have been quiet for twice the MRAI ({@link InitialConvergence}). More
 * prefixes mean more UPDATEs and decisions on the same sessions: beyond the standard four (dns
 * and proxy, two /24s each) the world gets extra proxy /24s, as
 * {@link Cloudflare2013Options#extraProxyPrefixes()} provides for benchmarks.
 */
public final class BgpConvergenceBenchmark {
    /**
     * One run.
     *
     * @param buildNanos  wall time to build the world and the model (not part of the convergence)
     * @param speakers    BGP speakers (routers, eyeball networks and servers)
     * @param sessions    BGP sessions of the session plan
     * @param convergence the start-up until quiet
     */
    public record Run(long buildNanos, int speakers, int sessions, InitialConvergence.Result convergence) {}

    private final Cloudflare2013Options options;
    private final long seed;

    /** @param prefixes service prefixes in all, at least {@link #standardPrefixes()} */
    public BgpConvergenceBenchmark(int prefixes, long seed) {
        int standard = standardPrefixes();
        if (prefixes < standard) {
            throw new IllegalArgumentException("--prefixes must be at least " + standard
                    + " (the standard dns and proxy prefixes), got " + prefixes);
        }
        this.options = Cloudflare2013Options.defaults().toBuilder().extraProxyPrefixes(prefixes - standard).build();
        this.seed = seed;
    }

    /** The prefixes of the default world: CloudFlare's 2013 dns and proxy ranges. */
    public static int standardPrefixes() {
        return Cloudflare2013Options.defaults().servicePrefixes().values().stream().mapToInt(l -> l.size()).sum();
    }

    /** Builds a fresh world and model and converges it. */
    public Run once() {
        long start = System.nanoTime();
        World world = BuiltInTopologies.CLOUDFLARE_2013.build(options);
        AnycastModel model = AnycastModel.build(world.topology(), world.sessions(), ModelConfig.defaults(), seed);
        long built = System.nanoTime() - start;
        InitialConvergence.Result convergence = InitialConvergence.run(model);
        return new Run(built, model.bgp().speakers().size(), world.sessions().sessions().size(), convergence);
    }
}
