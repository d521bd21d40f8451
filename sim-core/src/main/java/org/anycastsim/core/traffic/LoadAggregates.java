package org.anycastsim.core.traffic;

import org.anycastsim.core.traffic.demand.Demand;

/**
 * Sums of the fluid model over PoPs, services, client networks and the whole run: rates now
 * (requests per second) or integrated counts from time 0 to now (requests). Reads are O(servers)
 * at most; nothing here is on the simulation's hot path.
 */
public final class LoadAggregates {
    private static final int REASONS = DropReason.NETWORK.length;

    private final FluidLoad fluid;
    private final ServerCells cells;
    private final PopIndex pops;
    private final Demand demand;

    LoadAggregates(FluidLoad fluid) {
        this.fluid = fluid;
        this.cells = fluid.cells;
        this.pops = fluid.pops;
        this.demand = fluid.demand();
    }

    private int service(String service) {
        int s = demand.serviceIndex(service);
        if (s < 0) {
            throw new IllegalArgumentException("unknown service '" + service + "'");
        }
        return s;
    }

    private long now() {
        return fluid.simulator().now();
    }

    // ---- rates ----

    /** Rates that reached a PoP's servers (all classes and services); drops here are the servers'. */
    public Load popRates(String pop) {
        Load sum = Load.ZERO;
        for (int server : pops.servers(pops.index(pop))) {
            sum = sum.plus(fluid.serverRates(server));
        }
        return sum;
    }

    /** (offered over the PoP's servers + extra load) / their total capacity; 0 without capacity. */
    public double popUtilisation(String pop) {
        double load = 0;
        double cap = 0;
        for (int server : pops.servers(pops.index(pop))) {
            load += cells.extraLoad(server);
            cap += cells.rawCapacity(server);
            for (int s = 0; s < fluid.serviceCount(); s++) {
                load += cells.offeredRate(cells.cell(server, s));
            }
        }
        return cap > 0 ? load / cap : 0.0;
    }

    /** A service's rates for one class: offered at the clients; dropped in the network or at servers. */
    public Load serviceRates(String service, TrafficClass klass) {
        int s = service(service);
        int k = klass.ordinal();
        double dropped = 0;
        for (int r = 0; r < REASONS; r++) {
            dropped += fluid.networkDropped.rate(2 * (REASONS * s + r) + k);
        }
        double served = 0;
        for (int server : fluid.servers()) {
            int c = cells.cell(server, s);
            served += cells.served.rate(2 * c + k);
            dropped += cells.dropped.rate(2 * c + k);
        }
        return new Load(fluid.sourceOffered.rate(2 * s + k), served, dropped);
    }

    /** A service's rates, both classes. */
    public Load serviceRates(String service) {
        return serviceRates(service, TrafficClass.LEGIT).plus(serviceRates(service, TrafficClass.ATTACK));
    }

    /** All services' rates for one class. */
    public Load totalRates(TrafficClass klass) {
        Load sum = Load.ZERO;
        for (String s : demand.services()) {
            sum = sum.plus(serviceRates(s, klass));
        }
        return sum;
    }

    /** Rates of one client network (node id), both classes, all its prefixes. */
    public Load clientRates(int clientNodeId) {
        int c = demand.clientIndex(clientNodeId);
        if (c < 0) {
            throw new IllegalArgumentException("node " + clientNodeId + " is not a client network");
        }
        double offered = 0;
        double served = 0;
        for (int p = 0; p < demand.prefixCount(); p++) {
            FlowRoute r = fluid.flow(c * demand.prefixCount() + p);
            double rate = r.legit + r.attack;
            offered += rate;
            for (int k = 0; k < r.count; k++) {
                served += rate * r.fraction[k] * cells.servedFraction(r.cell[k]);
            }
        }
        return new Load(offered, served, offered - served);
    }

    // ---- integrated counts ----

    /** Requests of one class and service from time 0 to now: offered, served, dropped (network and servers). */
    public Load serviceCounts(String service, TrafficClass klass) {
        long now = now();
        int s = service(service);
        int k = klass.ordinal();
        double dropped = 0;
        for (int r = 0; r < REASONS; r++) {
            dropped += fluid.networkDropped.integral(2 * (REASONS * s + r) + k, now);
        }
        double served = 0;
        for (int server : fluid.servers()) {
            int c = cells.cell(server, s);
            served += cells.served.integral(2 * c + k, now);
            dropped += cells.dropped.integral(2 * c + k, now);
        }
        return new Load(fluid.sourceOffered.integral(2 * s + k, now), served, dropped);
    }

    /** Requests of one service, both classes, from time 0 to now. */
    public Load serviceCounts(String service) {
        return serviceCounts(service, TrafficClass.LEGIT).plus(serviceCounts(service, TrafficClass.ATTACK));
    }

    /** Requests of one class over all services from time 0 to now. */
    public Load totalCounts(TrafficClass klass) {
        Load sum = Load.ZERO;
        for (String s : demand.services()) {
            sum = sum.plus(serviceCounts(s, klass));
        }
        return sum;
    }

    /** Requests of one class dropped for one reason from time 0 to now. */
    public double droppedCount(DropReason reason, TrafficClass klass) {
        long now = now();
        int k = klass.ordinal();
        double sum = 0;
        for (int s = 0; s < fluid.serviceCount(); s++) {
            if (reason == DropReason.SERVER) {
                for (int server : fluid.servers()) {
                    sum += cells.dropped.integral(2 * cells.cell(server, s) + k, now);
                }
            } else {
                sum += fluid.networkDropped.integral(2 * (REASONS * s + reason.ordinal()) + k, now);
            }
        }
        return sum;
    }

    /** Requests (both classes, all services) that reached a PoP's servers, from time 0 to now. */
    public Load popCounts(String pop) {
        long now = now();
        double offered = 0;
        double served = 0;
        double dropped = 0;
        for (int server : pops.servers(pops.index(pop))) {
            for (int s = 0; s < fluid.serviceCount(); s++) {
                int c = cells.cell(server, s);
                offered += cells.integral(cells.offered, c, now);
                served += cells.integral(cells.served, c, now);
                dropped += cells.integral(cells.dropped, c, now);
            }
        }
        return new Load(offered, served, dropped);
    }

    /** Requests served by one server (all services and classes) from time 0 to now. */
    public double serverServedCount(int serverNodeId) {
        long now = now();
        double sum = 0;
        for (int s = 0; s < fluid.serviceCount(); s++) {
            sum += cells.integral(cells.served, cells.cell(serverNodeId, s), now);
        }
        return sum;
    }
}
