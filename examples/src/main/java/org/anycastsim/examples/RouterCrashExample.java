package org.anycastsim.examples;

import java.util.Locale;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.model.ModelConfig;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.traffic.Traffic;
import org.anycastsim.core.traffic.TrafficConfig;
import org.anycastsim.core.traffic.demand.Demand;
import org.anycastsim.scenarios.world.BuiltInTopologies;
import org.anycastsim.scenarios.world.World;

/**
 * The API without a scenario file: build cloudflare-2013, route 750k requests per second of DNS
 * and proxy demand, crash one PoP router and print where its load went.
 *
 * <pre>
 * mvn -q -pl examples -am package -DskipTests
 * java -cp sim-scenarios/target/anycast-sim.jar:examples/target/classes \
 *      org.anycastsim.examples.RouterCrashExample FRA
 * </pre>
 */
public final class RouterCrashExample {
    private RouterCrashExample() {}

    public static void main(String[] args) {
        String pop = args.length > 0 ? args[0] : "FRA";
        World world = BuiltInTopologies.CLOUDFLARE_2013.build();
        AnycastModel model = AnycastModel.build(world.topology(), world.sessions(), ModelConfig.defaults(), 1);
        model.start();
        model.simulator().runUntil(SimTime.seconds(40));
        Demand demand = Demand.builder(world.topology()).serviceRate("dns", 600_000).serviceRate("proxy", 150_000).build();
        Traffic traffic = model.attachTraffic(demand, TrafficConfig.defaults());
        model.simulator().runUntil(SimTime.seconds(60));
        print("before", traffic, world);
        Router router = (Router) world.topology().node(pop + "-r1");
        model.hosts().operations().crashRouter(router, SimTime.NEVER);
        model.simulator().runUntil(SimTime.seconds(180));
        print("after " + pop + " lost its router", traffic, world);
    }

    private static void print(String label, Traffic traffic, World world) {
        System.out.println(label + ": offered requests per PoP (utilisation)");
        var agg = traffic.fluid().aggregates();
        for (String p : world.topology().pops()) {
            System.out.printf(Locale.ROOT, "  %s %9.0f req/s (%5.1f %%)%n", p, agg.popRates(p).offered(),
                    100 * agg.popUtilisation(p));
        }
    }
}
