package org.anycastsim.core.host;

/**
 * What a server's monitor learns of the rest of its PoP: "The monitor is aware of the server's own
 * load as well as the load on the other servers in the data center." The PoP's control server
 * aggregates it ({@link ControlServerAgent}).
 */
interface PopCapacity {
    /**
     * The load, in requests per second, the other servers of the PoP could take before they reach
     * {@code highWater}: the sum over the servers the control server sees alive, running and
     * announcing, of {@code max(0, highWater - utilisation) x serving capacity}.
     */
    double spareCapacityElsewhereRps(ServerHost self, double highWater);
}
