package org.anycastsim.core.host;

import java.util.List;
import java.util.Objects;

/**
 * One service process as every server runs it: "There are four key tasks that CloudFlare's
 * servers perform: DNS, proxy, cache, and logging."
 *
 * @param name             the service ("dns"); services with anycast prefixes match the names in
 *                         {@code Topology.servicePrefixes()}
 * @param capacityRps      what one server's process serves, in requests per second, when all its
 *                         worker slots are busy (overridable per server)
 * @param workerSlots      the {@code c} of the M/M/c queue: cores or worker processes serving in
 *                         parallel (see {@link QueueingModel})
 * @param failureWithdraws the services whose prefixes the monitor withdraws when this process
 *                         fails. By default a service's own (so "if just DNS crashes then the IPs
 *                         that are used for CloudFlare name servers will be withdrawn, but the
 *                         server will still respond to proxy traffic"); cache and logging have no
 *                         prefixes, so by default their crash withdraws nothing. A scenario may
 *                         say, for example, that a cache crash withdraws the proxy prefixes.
 */
public record ServiceSpec(String name, double capacityRps, int workerSlots, List<String> failureWithdraws) {
    public static final String DNS = "dns";
    public static final String PROXY = "proxy";
    public static final String CACHE = "cache";
    public static final String LOGGING = "logging";

    public ServiceSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a service needs a name");
        }
        if (!(capacityRps >= 0) || Double.isInfinite(capacityRps)) {
            throw new IllegalArgumentException("capacity of " + name + " must be finite and >= 0: " + capacityRps);
        }
        if (workerSlots < 1) {
            throw new IllegalArgumentException("worker slots of " + name + " must be >= 1: " + workerSlots);
        }
        failureWithdraws = List.copyOf(failureWithdraws);
    }

    /** A service whose failure withdraws its own prefixes (none, if it has none). */
    public static ServiceSpec of(String name, double capacityRps, int workerSlots) {
        return new ServiceSpec(name, capacityRps, workerSlots, List.of(name));
    }

    /**
     * The four services of the seed with per-server capacities for a 2013 white-box server (an
     * assumption, see MODELLING-ASSUMPTIONS.md): dns 20 000 rps on 8 slots, proxy 4 000 rps on
     * 16, cache 8 000 rps on 16, logging 10 000 rps on 4.
     */
    public static List<ServiceSpec> defaults() {
        return List.of(of(DNS, 20_000, 8), of(PROXY, 4_000, 16), of(CACHE, 8_000, 16), of(LOGGING, 10_000, 4));
    }

    public ServiceSpec withCapacityRps(double value) {
        return new ServiceSpec(name, value, workerSlots, failureWithdraws);
    }

    public ServiceSpec withWorkerSlots(int value) {
        return new ServiceSpec(name, capacityRps, value, failureWithdraws);
    }

    public ServiceSpec withFailureWithdraws(List<String> value) {
        return new ServiceSpec(name, capacityRps, workerSlots, value);
    }
}
