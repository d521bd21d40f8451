package org.anycastsim.core.bgp;

/**
 * The business relationship with an eBGP neighbour, seen from the local AS (Gao and Rexford,
 * "Stable Internet routing without global coordination", 2001): a customer pays us, a provider is
 * paid by us, a peer exchanges its customers' routes with us for free.
 */
public enum Relationship {
    /** The neighbour buys transit from us. */
    CUSTOMER,
    /** Settlement-free peering. */
    PEER,
    /** We buy transit from the neighbour. */
    PROVIDER,
    /** No commercial role: iBGP sessions, locally originated routes, unclassified neighbours. */
    NONE
}
