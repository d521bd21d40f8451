package org.anycastsim.scenarios.world;

/** How a transit network distributes external routes among its routers. */
public enum IbgpDesign {
    /** Every router has an iBGP session with every other: each picks its own nearest exit. */
    FULL_MESH,
    /** Route reflectors per continent (RFC 4456): fewer sessions, but a client only sees its reflectors' best paths. */
    ROUTE_REFLECTION
}
