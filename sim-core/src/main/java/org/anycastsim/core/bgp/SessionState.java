package org.anycastsim.core.bgp;

/** The BGP finite state machine's states (RFC 4271 section 8.2.2). */
public enum SessionState {
    IDLE,
    CONNECT,
    ACTIVE,
    OPEN_SENT,
    OPEN_CONFIRM,
    ESTABLISHED
}
