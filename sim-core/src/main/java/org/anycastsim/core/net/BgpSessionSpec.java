package org.anycastsim.core.net;

import java.util.Objects;

/**
 * A BGP session the world asks the BGP layer to bring up: a declarative description, with no
 * state. The session is undirected; {@code relation} is read from {@code a}'s side.
 *
 * <ul>
 *   <li>eBGP runs over a direct {@code link} between the two speakers (single-hop, interface
 *       addresses) and carries a business relationship: CUSTOMER, PEER or PROVIDER.</li>
 *   <li>iBGP runs between loopbacks ({@code link} null: multi-hop, carried by the AS's IGP) or
 *       over a direct link, with relation INTERNAL. When {@code routeReflectorClient} is true,
 *       {@code a} is a route reflector and {@code b} its client (RFC 4456); otherwise the two
 *       are plain iBGP peers.</li>
 * </ul>
 *
 * @param a                    one speaker (the route reflector when {@code routeReflectorClient})
 * @param b                    the other speaker
 * @param link                 the link the session runs over, or null for a multi-hop iBGP session
 * @param kind                 eBGP or iBGP
 * @param relation             the role of {@code b} as seen from {@code a}
 * @param routeReflectorClient true when {@code b} is a route-reflector client of {@code a}
 */
public record BgpSessionSpec(Node a, Node b, Link link, SessionKind kind, PeeringRelation relation,
        boolean routeReflectorClient) {

    public BgpSessionSpec {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(relation, "relation");
        if (a == b) {
            throw new IllegalArgumentException("a BGP session from " + a + " to itself");
        }
        if (link != null && !(link.connects(a) && link.connects(b))) {
            throw new IllegalArgumentException("link " + link + " does not join " + a + " and " + b);
        }
        switch (kind) {
            case EBGP -> {
                if (a.asn() == b.asn()) {
                    throw new IllegalArgumentException("eBGP session inside " + a.as().label() + ": " + a + " - " + b);
                }
                if (link == null) {
                    throw new IllegalArgumentException("eBGP session " + a + " - " + b + " needs a direct link");
                }
                if (relation == PeeringRelation.INTERNAL) {
                    throw new IllegalArgumentException("eBGP session " + a + " - " + b + " needs a business relation");
                }
                if (routeReflectorClient) {
                    throw new IllegalArgumentException("route reflection is iBGP only: " + a + " - " + b);
                }
            }
            case IBGP -> {
                if (a.asn() != b.asn()) {
                    throw new IllegalArgumentException("iBGP session between ASes: " + a + " - " + b);
                }
                if (relation != PeeringRelation.INTERNAL) {
                    throw new IllegalArgumentException("iBGP session " + a + " - " + b + " must be INTERNAL");
                }
            }
        }
    }

    /** An eBGP session over {@code link}; {@code relationOfB} is what {@code b} is to {@code a}. */
    public static BgpSessionSpec ebgp(Node a, Node b, Link link, PeeringRelation relationOfB) {
        return new BgpSessionSpec(a, b, link, SessionKind.EBGP, relationOfB, false);
    }

    /** A plain iBGP session between loopbacks. */
    public static BgpSessionSpec ibgp(Node a, Node b) {
        return new BgpSessionSpec(a, b, null, SessionKind.IBGP, PeeringRelation.INTERNAL, false);
    }

    /** An iBGP session from a route reflector to one of its clients, between loopbacks. */
    public static BgpSessionSpec reflectorClient(Node reflector, Node client) {
        return new BgpSessionSpec(reflector, client, null, SessionKind.IBGP, PeeringRelation.INTERNAL, true);
    }

    public boolean involves(Node n) {
        return n == a || n == b;
    }

    /** The speaker at the other end from {@code n}. */
    public Node other(Node n) {
        if (n == a) {
            return b;
        }
        if (n == b) {
            return a;
        }
        throw new IllegalArgumentException(n + " is not an end of " + this);
    }

    /** The role the other end plays for {@code side} (e.g. PROVIDER for a PoP router's transit session). */
    public PeeringRelation relationSeenFrom(Node side) {
        if (side == a) {
            return relation;
        }
        if (side == b) {
            return relation.inverse();
        }
        throw new IllegalArgumentException(side + " is not an end of " + this);
    }

    /** Whether {@code n} reflects routes to the other end on this session. */
    public boolean isReflectorSide(Node n) {
        return routeReflectorClient && n == a;
    }

    @Override
    public String toString() {
        String how = kind == SessionKind.EBGP ? "eBGP, " + b + " is " + relation + " of " + a
                : routeReflectorClient ? "iBGP, " + b + " is RR client of " + a : "iBGP";
        return a + " - " + b + " (" + how + ")";
    }
}
