package org.anycastsim.core.forward;

/** How a packet's walk through the FIBs ended. */
public enum PathOutcome {
    /** It reached a server (the host that answers the anycast address). */
    DELIVERED,
    /** A routing node had no FIB entry for the destination (or an empty group). */
    NO_ROUTE,
    /** The next hop was unreachable: a link or node on the way is down, or the IGP has no path. */
    UNREACHABLE,
    /** The walk exceeded the hop limit (a forwarding loop). */
    LOOP
}
