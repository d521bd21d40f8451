package org.anycastsim.core.bgp.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.anycastsim.core.bgp.Route;

/**
 * An import or export policy for one neighbour: rules tried in order, each later rule seeing the
 * changes of earlier {@link Verdict#NEXT} rules (like BIRD filters and route-maps with
 * {@code continue}); the first ACCEPT or REJECT ends it, and a route no rule decides gets the
 * default verdict with the changes made so far.
 */
public record Policy(String name, List<Rule> rules, Verdict defaultVerdict) {

    /** The name reported when the default verdict decided. */
    public static final String DEFAULT_RULE = "default";

    public static final Policy ACCEPT_ALL = new Policy("accept-all", List.of(), Verdict.ACCEPT);
    public static final Policy REJECT_ALL = new Policy("reject-all", List.of(), Verdict.REJECT);

    public Policy {
        Objects.requireNonNull(name, "name");
        rules = List.copyOf(rules);
        if (defaultVerdict != Verdict.ACCEPT && defaultVerdict != Verdict.REJECT) {
            throw new IllegalArgumentException("the default verdict must be ACCEPT or REJECT: " + defaultVerdict);
        }
    }

    public static Policy of(String name, Verdict defaultVerdict, Rule... rules) {
        return new Policy(name, Arrays.asList(rules), defaultVerdict);
    }

    public PolicyResult apply(Route route) {
        Route current = route;
        for (Rule rule : rules) {
            if (!rule.match().test(current)) {
                continue;
            }
            current = current.withAttributes(rule.applyActions(current.attributes()));
            switch (rule.verdict()) {
                case ACCEPT:
                    return new PolicyResult(current, rule.name());
                case REJECT:
                    return new PolicyResult(null, rule.name());
                case NEXT:
                    break;
                default:
                    throw new AssertionError(rule.verdict());
            }
        }
        return new PolicyResult(defaultVerdict == Verdict.ACCEPT ? current : null, DEFAULT_RULE);
    }
}
