package org.anycastsim.scenarios.scenario.expect;

/** Why a sampled TCP or TLS session broke. */
public enum BreakCause {
    /** Its path moved to another PoP mid-session. */
    POP_CHANGE,
    /** Its path moved to another server in the same PoP. */
    SERVER_CHANGE,
    /** Its server, or the service's process on it, died (the label in the output files: server-death). */
    SERVER_DEATH
}
