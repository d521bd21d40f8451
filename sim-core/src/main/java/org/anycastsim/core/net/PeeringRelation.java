package org.anycastsim.core.net;

/**
 * The business relationship on a BGP session, as one end sees the other: for a session from
 * {@code a} to {@code b}, the role {@code b} plays for {@code a}. It decides which routes a
 * speaker exports over the session (Gao-Rexford, "valley-free": routes learned from a peer or a
 * provider go only to customers) and its default local preference (customer over peer over
 * provider).
 */
public enum PeeringRelation {
    /** The other end buys transit from this one (it pays; its routes are preferred and exported to all). */
    CUSTOMER,
    /** Settlement-free peering: the two exchange their own and their customers' routes only. */
    PEER,
    /** The other end sells transit to this one (routes from it are exported to customers only). */
    PROVIDER,
    /** The same AS (iBGP): no business relationship. */
    INTERNAL;

    /** The relationship as the other end sees it: customer and provider swap, the others stay. */
    public PeeringRelation inverse() {
        return switch (this) {
            case CUSTOMER -> PROVIDER;
            case PROVIDER -> CUSTOMER;
            case PEER, INTERNAL -> this;
        };
    }
}
