package org.anycastsim.core.host;

/**
 * What the traffic layer needs to know of the hosts: whether a server answers a service now, and
 * how much it can take. Implemented by the host layer.
 */
public interface HostView {
    /** True while the server is up and the service's process runs on it. */
    boolean canServe(int serverNodeId, String service);

    /** The service's capacity on that server, in requests per second (0 when it cannot serve). */
    double capacityRps(int serverNodeId, String service);

    /** Extra load injected on the server (an "overload" action), in requests per second. */
    double extraLoadRps(int serverNodeId);
}
