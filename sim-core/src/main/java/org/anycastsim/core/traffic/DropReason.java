package org.anycastsim.core.traffic;

import java.util.Locale;
import org.anycastsim.core.forward.PathOutcome;

/** Why requests were not served: lost in the network (three ways) or refused at a server. */
public enum DropReason {
    /** A routing node had no route for the prefix (withdrawn everywhere, or not yet learned). */
    NO_ROUTE,
    /** A link or node on the path is down. */
    UNREACHABLE,
    /** A forwarding loop (the hop limit ran out). */
    LOOP,
    /** The server got it but could not serve it: over capacity, or the process or server is down. */
    SERVER;

    /** The network reasons, in the order the fluid model keeps them. */
    static final DropReason[] NETWORK = {NO_ROUTE, UNREACHABLE, LOOP};

    public static DropReason of(PathOutcome outcome) {
        return switch (outcome) {
            case NO_ROUTE -> NO_ROUTE;
            case UNREACHABLE -> UNREACHABLE;
            case LOOP -> LOOP;
            case DELIVERED -> throw new IllegalArgumentException("a delivered packet was not dropped");
        };
    }

    /** {@code no-route}, as in files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
