package org.anycastsim.scenarios.world;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anycastsim.core.traffic.TrafficClass;

/**
 * Developer tool (not a test): builds the default cloudflare-2013 world, lets BGP converge, and
 * prints {@link Catchments#format()}; with {@code loads} also each PoP's utilisation under the
 * users' demand of {@link WorldRun}, with {@code n-1} the worst surviving PoP after each PoP
 * router's crash, and with {@code size} the servers each PoP needs for its catchment (the figures
 * behind cloudflare_pop_sizes_2013.csv). Run it from the repository root; the class path puts this
 * work tree's classes before the jars of the local repository, which other branches install into:
 * <pre>
 * mvn -o -q -pl sim-scenarios -am test-compile
 * mvn -o -q -pl sim-scenarios dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -cp sim-core/target/classes:sim-report/target/classes:sim-scenarios/target/classes:\
 *     sim-scenarios/target/test-classes:$(cat /tmp/cp.txt) org.anycastsim.scenarios.world.CatchmentsMain loads n-1
 * </pre>
 */
public final class CatchmentsMain {
    /** A planner's limits: utilisation with every PoP up, and with one PoP router down. */
    private static final double NORMAL_LIMIT = 0.70;
    private static final double N1_LIMIT = 0.95;

    private CatchmentsMain() {}

    public static void main(String[] args) {
        List<String> wanted = List.of(args);
        World world = Cloudflare2013.build();
        WorldRun run = WorldRun.converged(world);
        System.out.print(run.catchments().format());
        if (wanted.contains("loads")) {
            System.out.printf(Locale.ROOT, "%nutilisation at %,.0f rps:%n", WorldRun.TOTAL_RPS);
            run.withDemand().utilisation().forEach((pop, u) ->
                    System.out.printf(Locale.ROOT, "%-4s %6.1f%%%n", pop, 100 * u));
        }
        if (wanted.contains("n-1")) {
            System.out.printf(Locale.ROOT, "%nN-1 (PoP router crashed at 60 s, loads at 120 s): worst surviving PoP%n");
            for (Pop failed : world.pops()) {
                WorldRun down = WorldRun.converged(Cloudflare2013.build()).withDemand().withPopDown(failed.code());
                Map<String, Double> u = down.utilisation();
                u.remove(failed.code());
                Map.Entry<String, Double> worst = u.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
                double lost = down.traffic().fluid().aggregates().totalRates(TrafficClass.LEGIT).dropped();
                System.out.printf(Locale.ROOT, "%-4s down: worst %-4s %6.1f%%, dropped %,.0f rps%n", failed.code(),
                        worst.getKey(), 100 * worst.getValue(), lost);
            }
        }
        if (wanted.contains("size")) {
            size(world);
        }
    }

    /**
     * What a capacity planner would give each PoP: enough servers to stay at or under 70 % with
     * every PoP up, and under 95 % when any one other PoP router is down (the load offered to a
     * PoP does not depend on its servers, so one run per failure gives all of it).
     */
    private static void size(World world) {
        Map<String, Double> normal = WorldRun.converged(Cloudflare2013.build()).withDemand().offered();
        Map<String, Double> worst = new LinkedHashMap<>(normal);
        Map<String, String> worstFailure = new LinkedHashMap<>();
        for (Pop failed : world.pops()) {
            WorldRun.converged(Cloudflare2013.build()).withDemand().withPopDown(failed.code()).offered()
                    .forEach((pop, rps) -> {
                        if (!pop.equals(failed.code()) && rps > worst.get(pop)) {
                            worst.put(pop, rps);
                            worstFailure.put(pop, failed.code());
                        }
                    });
        }
        double perServer = WorldRun.serverCapacityRps(world);
        int total = 0;
        System.out.printf(Locale.ROOT,
                "%npop   normal rps   worst N-1 rps (failure)  servers for 70 %% / N-1 < 95 %%%n");
        for (Pop p : world.pops()) {
            int forNormal = (int) Math.ceil(normal.get(p.code()) / (NORMAL_LIMIT * perServer));
            int forN1 = (int) Math.ceil(worst.get(p.code()) / (N1_LIMIT * perServer));
            int need = Math.max(1, Math.max(forNormal, forN1));
            total += need;
            System.out.printf(Locale.ROOT, "%-4s %,12.0f %,12.0f (%-4s)   %3d %3d -> %3d (has %d)%n", p.code(),
                    normal.get(p.code()), worst.get(p.code()), worstFailure.getOrDefault(p.code(), "-"), forNormal,
                    forN1, need, p.servers());
        }
        System.out.println("servers needed in all: " + total);
    }
}
