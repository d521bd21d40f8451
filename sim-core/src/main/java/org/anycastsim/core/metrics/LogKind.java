package org.anycastsim.core.metrics;

import java.util.Locale;

/** The kinds of entries in the event log (see docs/OUTPUT-FORMAT.md). */
public enum LogKind {
    /** Something broke: an injected failure (process, server, switch, router, link). */
    FAILURE,
    /** Something noticed a failure: a monitor, a hold timer, BFD, a control-server probe. */
    DETECTION,
    /** Routes withdrawn (by a server, or by a router dropping a prefix from the WAN pool). */
    WITHDRAW,
    /** Routes announced or re-announced. */
    ANNOUNCE,
    /** A router's best path or forwarding for a prefix changed. */
    ROUTE_CHANGE,
    /** Something came back: a restart, a reboot, a repair. */
    REPAIR,
    /** An alert to the operations team. */
    ALERT,
    /** Traffic events: attacks, flash crowds, overload. */
    TRAFFIC,
    /** Anything else worth a line (scenario actions, snapshots). */
    INFO;

    /** The lower-case, hyphenated name used in files: {@code route-change}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
