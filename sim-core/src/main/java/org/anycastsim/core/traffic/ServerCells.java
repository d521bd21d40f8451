package org.anycastsim.core.traffic;

import java.util.List;
import org.anycastsim.core.host.HostView;

/**
 * The load of every (server, service) cell: offered rates per traffic class (sums of the flows
 * delivered to it), the capacity the host layer gives it, and what follows from the two — served
 * {@code = min(offered, capacity)}, dropped {@code = offered - served}, shared by the classes in
 * proportion, and the mean queueing wait. All rates are integrated exactly ({@link RateIntegrals}).
 *
 * <p>Cells are keyed {@code server node id * services + service}; per class the integrals are at
 * {@code 2 * cell + class}. Changes mark cells touched; {@link #settle} recomputes only those.
 *
 * <p>Extra load injected on a server ({@link HostView#extraLoadRps}) competes for the whole box:
 * it takes the same fraction of every service's capacity ({@code extra / total capacity}).
 */
final class ServerCells {
    private final int services;
    private final QueueModel queue;
    final RateIntegrals offered;
    final RateIntegrals served;
    final RateIntegrals dropped;
    private final double[] rawCapacity;
    private final double[] capacity;
    private final double[] meanWait;
    private final double[] extra;
    private final int[] touched;
    private final boolean[] isTouched;
    private int touchedCount;

    ServerCells(int nodeCount, int services, QueueModel queue) {
        this.services = services;
        this.queue = queue;
        int cells = nodeCount * services;
        offered = new RateIntegrals(2 * cells);
        served = new RateIntegrals(2 * cells);
        dropped = new RateIntegrals(2 * cells);
        rawCapacity = new double[cells];
        capacity = new double[cells];
        meanWait = new double[cells];
        extra = new double[nodeCount];
        touched = new int[cells];
        isTouched = new boolean[cells];
    }

    int cell(int server, int service) {
        return server * services + service;
    }

    /** Adds a flow's contribution (rates per class) to a cell. */
    void addOffered(int cell, double legit, double attack, int contributorDelta, long now) {
        offered.add(2 * cell, legit, contributorDelta, now);
        offered.add(2 * cell + 1, attack, contributorDelta, now);
        touch(cell);
    }

    /** Re-reads one server's capacities and extra load from the host layer. */
    void refresh(int server, HostView hosts, List<String> serviceNames) {
        double total = 0;
        for (int s = 0; s < services; s++) {
            int c = cell(server, s);
            String name = serviceNames.get(s);
            double cap = hosts.canServe(server, name) ? Math.max(0.0, hosts.capacityRps(server, name)) : 0.0;
            rawCapacity[c] = cap;
            total += cap;
        }
        extra[server] = Math.max(0.0, hosts.extraLoadRps(server));
        double available = total > 0 ? Math.max(0.0, 1.0 - extra[server] / total) : 0.0;
        for (int s = 0; s < services; s++) {
            int c = cell(server, s);
            capacity[c] = rawCapacity[c] * available;
            touch(c);
        }
    }

    private void touch(int cell) {
        if (!isTouched[cell]) {
            isTouched[cell] = true;
            touched[touchedCount++] = cell;
        }
    }

    /** Recomputes served, dropped and waiting time of every touched cell from {@code now} on. */
    void settle(long now) {
        for (int i = 0; i < touchedCount; i++) {
            int c = touched[i];
            isTouched[c] = false;
            double legit = offered.rate(2 * c);
            double attack = offered.rate(2 * c + 1);
            double total = legit + attack;
            double fraction = servedFraction(total, capacity[c]);
            double servedLegit = legit * fraction;
            double servedAttack = attack * fraction;
            served.set(2 * c, servedLegit, now);
            served.set(2 * c + 1, servedAttack, now);
            dropped.set(2 * c, legit - servedLegit, now);
            dropped.set(2 * c + 1, attack - servedAttack, now);
            meanWait[c] = queue.meanWaitSeconds(total, capacity[c]);
        }
        touchedCount = 0;
    }

    private static double servedFraction(double offered, double capacity) {
        if (offered <= 0 || capacity <= 0) {
            return offered <= 0 && capacity > 0 ? 1.0 : 0.0;
        }
        return offered <= capacity ? 1.0 : capacity / offered;
    }

    double offeredRate(int cell) {
        return offered.rate(2 * cell) + offered.rate(2 * cell + 1);
    }

    double servedRate(int cell) {
        return served.rate(2 * cell) + served.rate(2 * cell + 1);
    }

    double droppedRate(int cell) {
        return dropped.rate(2 * cell) + dropped.rate(2 * cell + 1);
    }

    /** The probability that a request arriving at the cell now is served. */
    double servedFraction(int cell) {
        return servedFraction(offeredRate(cell), capacity[cell]);
    }

    /** Effective capacity (after extra load), requests per second. */
    double capacity(int cell) {
        return capacity[cell];
    }

    double meanWaitSeconds(int cell) {
        return meanWait[cell];
    }

    /** (offered over all services + extra load) / total capacity; 0 without capacity. */
    double utilisation(int server) {
        double load = extra[server];
        double cap = 0;
        for (int s = 0; s < services; s++) {
            int c = cell(server, s);
            load += offeredRate(c);
            cap += rawCapacity[c];
        }
        return cap > 0 ? load / cap : 0.0;
    }

    /** Total capacity over services before extra load. */
    double rawCapacity(int server) {
        double cap = 0;
        for (int s = 0; s < services; s++) {
            cap += rawCapacity[cell(server, s)];
        }
        return cap;
    }

    double extraLoad(int server) {
        return extra[server];
    }

    /** Integral of one metric summed over classes: {@code which} is offered, served or dropped. */
    double integral(RateIntegrals which, int cell, long now) {
        return which.integral(2 * cell, now) + which.integral(2 * cell + 1, now);
    }
}
