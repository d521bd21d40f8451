package org.anycastsim.scenarios.world;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anycastsim.core.host.HostConfig;
import org.anycastsim.core.host.ServiceSpec;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.model.ModelConfig;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.traffic.Traffic;
import org.anycastsim.core.traffic.TrafficClass;
import org.anycastsim.core.traffic.TrafficConfig;
import org.anycastsim.core.traffic.demand.Demand;
import org.anycastsim.core.traffic.session.Sampling;

/**
 * Developer tool (not a test): builds the default cloudflare-2013 world, lets BGP converge, and
 * prints {@link Catchments#format()}; with {@code loads} also the per-PoP utilisation under
 * {@value #TOTAL_RPS} requests/s split by users (dns 5/6, proxy 1/6: the two services' shares of a
 * server's capacity, so that both fill alike), with {@code n-1} the worst surviving PoP after
 * each PoP router's crash, and with {@code size} the servers each PoP needs for its catchment (the
 * figures behind cloudflare_pop_sizes_2013.csv). Run from the repository root (the class path puts this work tree's
 * classes before the jars of the shared local repository, which other branches also install into):
 * <pre>
 * mvn -o -q -pl sim-scenarios -am test-compile
 * mvn -o -q -pl sim-scenarios dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -cp sim-core/target/classes:sim-report/target/classes:sim-scenarios/target/classes:\
 *     sim-scenarios/target/test-classes:$(cat /tmp/cp.txt) org.anycastsim.scenarios.world.CatchmentsMain loads n-1
 * </pre>
 */
public final class CatchmentsMain {
    static final double TOTAL_RPS = 1_200_000;
    private static final long SEED = 1;
    private static final long CONVERGED = SimTime.seconds(60);
    private static final long AFTER_FAILURE = SimTime.seconds(120);

    private CatchmentsMain() {}

    public static void main(String[] args) {
        List<String> wanted = List.of(args);
        World world = Cloudflare2013.build();
        AnycastModel m = converged(world);
        System.out.print(Catchments.of(world, m).format());
        if (wanted.contains("loads")) {
            Traffic traffic = attach(m, world);
            m.simulator().runUntil(CONVERGED + SimTime.seconds(1));
            System.out.println();
            System.out.println("utilisation at " + String.format(Locale.ROOT, "%,.0f", TOTAL_RPS) + " rps:");
            utilisation(world, traffic).forEach((pop, u) -> System.out.printf(Locale.ROOT, "%-4s %6.1f%%%n", pop,
                    100 * u));
        }
        if (wanted.contains("size")) {
            size(world);
        }
        if (wanted.contains("n-1")) {
            System.out.println();
            System.out.println("N-1 (PoP router crashed at 60 s, loads at 120 s): worst surviving PoP");
            for (Pop failed : world.pops()) {
                World w = Cloudflare2013.build();
                AnycastModel run = converged(w);
                Traffic traffic = attach(run, w);
                run.hosts().operations().crashRouter((Router) w.topology().node(failed.routerName()), SimTime.NEVER);
                run.simulator().runUntil(AFTER_FAILURE);
                Map<String, Double> u = utilisation(w, traffic);
                u.remove(failed.code());
                Map.Entry<String, Double> worst = u.entrySet().stream().max(Map.Entry.comparingByValue())
                        .orElseThrow();
                double lost = traffic.fluid().aggregates().totalRates(TrafficClass.LEGIT).dropped();
                System.out.printf(Locale.ROOT, "%-4s down: worst %-4s %6.1f%%, dropped %,.0f rps%n", failed.code(),
                        worst.getKey(), 100 * worst.getValue(), lost);
            }
        }
    }

    /**
     * What a capacity planner would give each PoP: enough servers to stay at or under 70 % with
     * every PoP up, and under 100 % when any one other PoP router is down (the offered load of a
     * PoP does not depend on its servers, so one run per failure gives all of it).
     */
    private static void size(World world) {
        Map<String, Double> normal = offered(world, null);
        Map<String, Double> worst = new LinkedHashMap<>(normal);
        Map<String, String> worstFailure = new LinkedHashMap<>();
        for (Pop failed : world.pops()) {
            offered(world, failed).forEach((pop, rps) -> {
                if (!pop.equals(failed.code()) && rps > worst.get(pop)) {
                    worst.put(pop, rps);
                    worstFailure.put(pop, failed.code());
                }
            });
        }
        double perServer = HostConfig.DEFAULTS.services().stream()
                .filter(s -> world.topology().servicePrefixes().containsKey(s.name()))
                .mapToDouble(ServiceSpec::capacityRps).sum();
        int total = 0;
        System.out.println();
        System.out.println("pop   normal rps   worst N-1 rps (failure)  servers for 70 % / N-1 < 95 %");
        for (Pop p : world.pops()) {
            int forNormal = (int) Math.ceil(normal.get(p.code()) / (0.7 * perServer));
            int forN1 = (int) Math.ceil(worst.get(p.code()) / (0.95 * perServer));
            int need = Math.max(1, Math.max(forNormal, forN1));
            total += need;
            System.out.printf(Locale.ROOT, "%-4s %,12.0f %,12.0f (%-4s)   %3d %3d -> %3d (has %d)%n", p.code(),
                    normal.get(p.code()), worst.get(p.code()), worstFailure.getOrDefault(p.code(), "-"), forNormal,
                    forN1, need, p.servers());
        }
        System.out.println("servers needed in all: " + total);
    }

    private static Map<String, Double> offered(World world, Pop failed) {
        World w = Cloudflare2013.build((Cloudflare2013Options) world.options());
        AnycastModel m = converged(w);
        Traffic traffic = attach(m, w);
        if (failed != null) {
            m.hosts().operations().crashRouter((Router) w.topology().node(failed.routerName()), SimTime.NEVER);
        }
        m.simulator().runUntil(failed == null ? CONVERGED + SimTime.seconds(1) : AFTER_FAILURE);
        Map<String, Double> out = new LinkedHashMap<>();
        for (Pop p : w.pops()) {
            out.put(p.code(), traffic.fluid().aggregates().popRates(p.code()).offered());
        }
        return out;
    }

    static AnycastModel converged(World world) {
        AnycastModel m = AnycastModel.build(world.topology(), world.sessions(), ModelConfig.defaults(), SEED);
        m.start();
        m.simulator().runUntil(CONVERGED);
        return m;
    }

    static Traffic attach(AnycastModel m, World world) {
        Demand demand = Demand.builder(world.topology())
                .serviceRate("dns", TOTAL_RPS * 5 / 6)
                .serviceRate("proxy", TOTAL_RPS / 6)
                .build();
        return m.attachTraffic(demand, TrafficConfig.defaults().withSampling(Sampling.OFF));
    }

    static Map<String, Double> utilisation(World world, Traffic traffic) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Pop p : world.pops()) {
            out.put(p.code(), traffic.fluid().aggregates().popUtilisation(p.code()));
        }
        return out;
    }
}
