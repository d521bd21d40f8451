package org.anycastsim.scenarios.bench;

import java.util.List;
import org.anycastsim.core.forward.PathOutcome;
import org.anycastsim.core.forward.PathResolver;
import org.anycastsim.core.kernel.RandomStream;
import org.anycastsim.core.kernel.RandomStreams;
import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Prefix;

/**
 * Full path resolutions through a converged model's FIBs: {@link PathResolver#trace} with one
 * reusable {@link PathResolver.Walk}, the traffic layer's hot path. Each flow starts at a random
 * eyeball network, from a random address of its client block, to a random address of a random
 * service prefix, with random ports, UDP or TCP; a walk does a longest-prefix match and an ECMP
 * selection at every router from the eyeball network to the server. The flows are drawn before
 * timing; one untimed pass compiles the walk, then the median of the timed repetitions is taken.
 */
public final class PathResolutionBenchmark {
    /**
     * The figures.
     *
     * @param resolutionsPerSecond median walks per second of wall time
     * @param flows                distinct flows cycled through
     * @param deliveredShare       share of the flows that reached a server (1 on a healthy world)
     * @param meanHops             mean hops per walk, source to server
     */
    public record Result(double resolutionsPerSecond, int flows, double deliveredShare, double meanHops) {}

    private static final int FLOWS = 1 << 16;
    private static volatile long sink;

    private final AnycastModel model;
    private final long resolutionsPerRepetition;
    private final int repetitions;
    private final int[] source = new int[FLOWS];
    private final int[] srcIp = new int[FLOWS];
    private final int[] dstIp = new int[FLOWS];
    private final int[] srcPort = new int[FLOWS];
    private final int[] dstPort = new int[FLOWS];
    private final int[] protocol = new int[FLOWS];

    /** {@code model} must be converged: the benchmark only reads its FIBs. */
    public PathResolutionBenchmark(AnycastModel model, long resolutionsPerRepetition, int repetitions, long seed) {
        if (resolutionsPerRepetition < 1 || repetitions < 1) {
            throw new IllegalArgumentException("resolutions and repetitions must be positive");
        }
        this.model = model;
        this.resolutionsPerRepetition = resolutionsPerRepetition;
        this.repetitions = repetitions;
        List<ClientNetwork> clients = model.topology().nodesOf(ClientNetwork.class);
        List<Prefix> services = model.topology().allServicePrefixes();
        if (clients.isEmpty() || services.isEmpty()) {
            throw new IllegalArgumentException(model.topology().name() + " has no eyeball network or no service prefix");
        }
        RandomStream random = new RandomStreams(seed).stream("bench.forward.paths");
        for (int i = 0; i < FLOWS; i++) {
            ClientNetwork c = clients.get(random.nextInt(clients.size()));
            Prefix block = c.clientBlock();
            Prefix service = services.get(random.nextInt(services.size()));
            source[i] = c.id();
            srcIp[i] = block.host(random.nextInt(hostCount(block)));
            dstIp[i] = service.host(random.nextInt(hostCount(service)));
            srcPort[i] = 1024 + random.nextInt(65536 - 1024);
            dstPort[i] = random.bernoulli(0.5) ? 53 : 443;
            protocol[i] = random.bernoulli(0.5) ? 17 : 6;
        }
    }

    public Result run() {
        PathResolver paths = model.paths();
        PathResolver.Walk walk = new PathResolver.Walk();
        long delivered = 0;
        long hops = 0;
        for (int i = 0; i < FLOWS; i++) {
            paths.trace(source[i], srcIp[i], dstIp[i], srcPort[i], dstPort[i], protocol[i], walk);
            delivered += walk.outcome() == PathOutcome.DELIVERED ? 1 : 0;
            hops += walk.hops();
        }
        resolve(paths, walk, resolutionsPerRepetition);
        double[] rates = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long start = System.nanoTime();
            resolve(paths, walk, resolutionsPerRepetition);
            rates[r] = resolutionsPerRepetition / ((System.nanoTime() - start) / 1e9);
        }
        return new Result(Medians.of(rates), FLOWS, delivered / (double) FLOWS, hops / (double) FLOWS);
    }

    private void resolve(PathResolver paths, PathResolver.Walk walk, long count) {
        long sum = 0;
        for (long done = 0; done < count; done++) {
            int i = (int) (done & (FLOWS - 1));
            sum += paths.trace(source[i], srcIp[i], dstIp[i], srcPort[i], dstPort[i], protocol[i], walk).destination();
        }
        sink = sum;
    }

    /** Addresses of a prefix, capped so that a /0 stays an int. */
    private static int hostCount(Prefix p) {
        return p.length() == 0 ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, 1L << (32 - p.length()));
    }
}
