package org.anycastsim.core.bgp.policy;

/** What a matching rule decides. */
public enum Verdict {
    /** Take the route (with the rule's changes) and stop. */
    ACCEPT,
    /** Drop the route and stop. */
    REJECT,
    /** Keep the rule's changes and go on to the next rule (route-map {@code continue}). */
    NEXT
}
