package org.anycastsim.core.traffic.session;

import java.util.Locale;

/** Why a TCP or TLS session broke before it finished. */
public enum BreakCause {
    /** Its packets started arriving at another server of the same PoP (an ECMP group changed). */
    SERVER_CHANGE,
    /** Its packets started arriving at a server in another PoP (the WAN route changed). */
    POP_CHANGE,
    /** Its server, or the service's process on it, died. */
    SERVER_DEATH,
    /** Its packets had no path to its server from some moment until the session was due to end. */
    NO_ROUTE;

    /** The label used in files: {@code server-change}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
