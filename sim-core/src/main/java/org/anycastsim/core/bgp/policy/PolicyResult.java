package org.anycastsim.core.bgp.policy;

import org.anycastsim.core.bgp.Route;

/**
 * The outcome of a policy: the route as changed by the policy, or null when rejected, and what
 * decided (a rule name or {@value Policy#DEFAULT_RULE}), for traces.
 */
public record PolicyResult(Route route, String decidedBy) {

    public boolean accepted() {
        return route != null;
    }
}
