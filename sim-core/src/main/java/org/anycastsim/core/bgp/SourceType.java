package org.anycastsim.core.bgp;

/** How a speaker came by a route: over an eBGP or iBGP session, or by originating it itself. */
public enum SourceType {
    /** Learned from a peer in another AS. */
    EBGP,
    /** Learned from a peer in the same AS (including route-reflector clients and reflectors). */
    IBGP,
    /** Originated by this speaker (a {@code network} statement, redistribution, aggregation). */
    LOCAL
}
