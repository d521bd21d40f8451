package org.anycastsim.core.bgp;

import java.util.Objects;
import org.anycastsim.core.net.Prefix;

/**
 * A path to a prefix as held in an Adj-RIB-In or the Loc-RIB: the prefix, its attributes and
 * where it came from. The IGP cost to the NEXT_HOP is deliberately not stored: it changes with the
 * IGP, so the decision process asks an {@link IgpCost} at decision time.
 */
public record Route(Prefix prefix, PathAttributes attributes, RouteSource source) {

    public Route {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(source, "source");
    }

    public Route withAttributes(PathAttributes newAttributes) {
        return newAttributes == attributes ? this : new Route(prefix, newAttributes, source);
    }

    public int nextHop() {
        return attributes.nextHop();
    }

    /**
     * The BGP identifier compared in RFC 4271 9.1.2.2 f): the ORIGINATOR_ID when the route was
     * reflected, otherwise the peer's router ID (RFC 4456 9).
     */
    public int bgpIdentifier() {
        return attributes.hasOriginatorId() ? attributes.originatorId() : source.peerRouterId();
    }

    @Override
    public String toString() {
        return prefix + " " + attributes + " from " + source;
    }
}
