package org.anycastsim.core.bgp;

/**
 * The interior cost from this speaker to a BGP NEXT_HOP, as the IGP (or the connected/static
 * routes) currently resolve it. The decision process asks once per candidate per decision.
 *
 * <p>A next hop that does not resolve makes the route unusable: RFC 4271 9.1.2.1 excludes such
 * routes from the decision process altogether. Next hops on directly connected subnets (an eBGP
 * neighbour, a server on the PoP LAN) should cost 0, as in FRR and Cisco.
 */
@FunctionalInterface
public interface IgpCost {

    /** The cost returned for a next hop the IGP cannot reach. */
    long UNREACHABLE = Long.MAX_VALUE;

    /** Every next hop reachable at cost 0 (e.g. all neighbours directly connected). */
    IgpCost ALL_CONNECTED = nextHop -> 0L;

    /** The non-negative cost to {@code nextHop}, or {@link #UNREACHABLE}. */
    long costTo(int nextHop);
}
