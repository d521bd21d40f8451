package org.anycastsim.core.bgp;

import java.util.Objects;
import org.anycastsim.core.net.Ipv4;

/**
 * Where a route came from: the peer (or the speaker itself) and the kind of session. The decision
 * process reads the session type (RFC 4271 9.1.2.2 d), the peer's BGP identifier (f) and address
 * (g); policies read the ASN, address and relationship.
 *
 * <p>A session creates one instance and shares it among all the routes it delivers.
 *
 * @param type           eBGP, iBGP or locally originated
 * @param peerAsn        the peer's ASN (the local ASN for iBGP and local routes), unsigned
 * @param peerRouterId   the peer's BGP identifier; the speaker's own for local routes
 * @param peerAddress    the peer's session address; 0 for local routes
 * @param reflectorClient whether the peer is a route-reflector client of this speaker (RFC 4456)
 * @param relationship   the business relationship with an eBGP peer, {@link Relationship#NONE} otherwise
 */
public record RouteSource(SourceType type, int peerAsn, int peerRouterId, int peerAddress,
        boolean reflectorClient, Relationship relationship) {

    public RouteSource {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(relationship, "relationship");
        if (type != SourceType.EBGP && relationship != Relationship.NONE) {
            throw new IllegalArgumentException("only eBGP neighbours have a business relationship");
        }
        if (type != SourceType.IBGP && reflectorClient) {
            throw new IllegalArgumentException("only iBGP peers can be route-reflector clients");
        }
    }

    /** A route learned from an eBGP neighbour. */
    public static RouteSource ebgp(int peerAsn, int peerRouterId, int peerAddress, Relationship relationship) {
        return new RouteSource(SourceType.EBGP, peerAsn, peerRouterId, peerAddress, false, relationship);
    }

    /** A route learned from an iBGP peer in {@code localAsn}. */
    public static RouteSource ibgp(int localAsn, int peerRouterId, int peerAddress, boolean reflectorClient) {
        return new RouteSource(SourceType.IBGP, localAsn, peerRouterId, peerAddress, reflectorClient,
                Relationship.NONE);
    }

    /** A route the speaker {@code localRouterId} in {@code localAsn} originates itself. */
    public static RouteSource local(int localAsn, int localRouterId) {
        return new RouteSource(SourceType.LOCAL, localAsn, localRouterId, 0, false, Relationship.NONE);
    }

    public boolean isEbgp() {
        return type == SourceType.EBGP;
    }

    public boolean isIbgp() {
        return type == SourceType.IBGP;
    }

    public boolean isLocal() {
        return type == SourceType.LOCAL;
    }

    @Override
    public String toString() {
        if (type == SourceType.LOCAL) {
            return "local (" + Ipv4.format(peerRouterId) + ")";
        }
        return type.name().toLowerCase() + " AS" + AsPath.formatAsn(peerAsn) + " " + Ipv4.format(peerAddress)
                + (reflectorClient ? " rr-client" : "")
                + (relationship != Relationship.NONE ? " " + relationship.name().toLowerCase() : "");
    }
}
