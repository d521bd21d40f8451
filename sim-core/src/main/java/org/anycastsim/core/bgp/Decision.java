package org.anycastsim.core.bgp;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of the decision process for one prefix.
 *
 * @param best     the best route, the one advertised to peers
 * @param ecmp     the routes installed for forwarding, best first, at most {@code maxPaths}, each
 *                 with a distinct next hop; just {@code [best]} without multipath
 * @param reason   the step that made {@code best} win over {@code runnerUp}
 * @param runnerUp the route that would be best without {@code best}; null when it was the only
 *                 usable route
 */
public record Decision(Route best, List<Route> ecmp, DecisionReason reason, Route runnerUp) {

    public Decision {
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(reason, "reason");
        ecmp = List.copyOf(ecmp);
        if (ecmp.isEmpty() || ecmp.get(0) != best) {
            throw new IllegalArgumentException("the ECMP set must start with the best route");
        }
        if ((runnerUp == null) != (reason == DecisionReason.ONLY_ROUTE)) {
            throw new IllegalArgumentException("a runner-up exists exactly when the reason is not ONLY_ROUTE");
        }
    }

    public boolean isMultipath() {
        return ecmp.size() > 1;
    }

    /** A one-line account for traces, e.g. "best ... over ...: shorter AS path". */
    public String explain() {
        String base = "best " + best.attributes() + " from " + best.source();
        String ways = isMultipath() ? " (ECMP x" + ecmp.size() + ")" : "";
        if (runnerUp == null) {
            return base + ways + ": " + reason.phrase();
        }
        return base + ways + " over " + runnerUp.attributes() + " from " + runnerUp.source() + ": "
                + reason.phrase();
    }
}
