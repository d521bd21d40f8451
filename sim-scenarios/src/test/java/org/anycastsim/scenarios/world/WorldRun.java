package org.anycastsim.scenarios.world;

import java.util.LinkedHashMap;
import java.util.Map;
import org.anycastsim.core.host.HostConfig;
import org.anycastsim.core.host.ServiceSpec;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.model.ModelConfig;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.traffic.Traffic;
import org.anycastsim.core.traffic.TrafficConfig;
import org.anycastsim.core.traffic.demand.Demand;
import org.anycastsim.core.traffic.session.Sampling;

/**
 * One run of a built world, as the capacity checks use it: BGP converged at 60 s; then, if asked,
 * users' demand of {@value #TOTAL_RPS} requests/s (dns 5/6 and proxy 1/6, the two services'
 * shares of a server's default capacity, so that both fill alike) split over the eyeball networks
 * by Internet users; then, if asked, one PoP router crashed for good, with loads read at 120 s.
 */
final class WorldRun {
    static final double TOTAL_RPS = 1_200_000;
    private static final long SEED = 1;
    private static final long CONVERGED = SimTime.seconds(60);
    private static final long AFTER_FAILURE = SimTime.seconds(120);

    private final World world;
    private final AnycastModel model;
    private Traffic traffic;

    private WorldRun(World world) {
        this.world = world;
        this.model = AnycastModel.build(world.topology(), world.sessions(), ModelConfig.defaults(), SEED);
        model.start();
        model.simulator().runUntil(CONVERGED);
    }

    /** A run of {@code world} (which it then owns: its topology changes as nodes fail) once BGP has converged. */
    static WorldRun converged(World world) {
        return new WorldRun(world);
    }

    /** Attaches the users' demand and lets the fluid settle. */
    WorldRun withDemand() {
        Demand demand = Demand.builder(world.topology())
                .serviceRate("dns", TOTAL_RPS * 5 / 6)
                .serviceRate("proxy", TOTAL_RPS / 6)
                .build();
        traffic = model.attachTraffic(demand, TrafficConfig.defaults().withSampling(Sampling.OFF));
        model.simulator().runUntil(model.simulator().now() + SimTime.seconds(1));
        return this;
    }

    /** Crashes the router of PoP {@code code} for good and runs until BGP has moved its catchment. */
    WorldRun withPopDown(String code) {
        Pop pop = world.pop(code).orElseThrow();
        model.hosts().operations().crashRouter((Router) world.topology().node(pop.routerName()), SimTime.NEVER);
        model.simulator().runUntil(AFTER_FAILURE);
        return this;
    }

    World world() {
        return world;
    }

    AnycastModel model() {
        return model;
    }

    Traffic traffic() {
        return traffic;
    }

    Catchments catchments() {
        return Catchments.of(world, model);
    }

    /** PoP -> (offered load + extra) / capacity, in PoP order. */
    Map<String, Double> utilisation() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Pop p : world.pops()) {
            out.put(p.code(), traffic.fluid().aggregates().popUtilisation(p.code()));
        }
        return out;
    }

    /** PoP -> requests/s offered to its servers, in PoP order. */
    Map<String, Double> offered() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Pop p : world.pops()) {
            out.put(p.code(), traffic.fluid().aggregates().popRates(p.code()).offered());
        }
        return out;
    }

    /** What one server can take of the services with anycast prefixes (host defaults: 24,000 requests/s). */
    static double serverCapacityRps(World world) {
        return HostConfig.DEFAULTS.services().stream()
                .filter(s -> world.topology().servicePrefixes().containsKey(s.name()))
                .mapToDouble(ServiceSpec::capacityRps).sum();
    }
}
