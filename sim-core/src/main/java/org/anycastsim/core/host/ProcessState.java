package org.anycastsim.core.host;

/** The state of a service process (dns, proxy, cache, logging) on a server. */
public enum ProcessState {
    /** Serving requests. */
    RUNNING,
    /** Dead: serves nothing until restarted (also the state of every process of a box that is not up). */
    CRASHED,
    /** Restarting: serves nothing until it has come up. */
    STARTING
}
