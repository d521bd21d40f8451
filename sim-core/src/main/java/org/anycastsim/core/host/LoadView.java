package org.anycastsim.core.host;

/**
 * What the monitor daemon and the control server know of load: each server's current load and
 * capacity. Implemented by the traffic layer (the fluid model computes exact rates).
 */
public interface LoadView {
    /** Requests per second arriving at the server for a service (offered to it, served or not). */
    double offeredRps(int serverNodeId, String service);

    /** Total offered load over the server's total capacity (1.0 = full); 0 for a server with no capacity. */
    double utilisation(int serverNodeId);
}
