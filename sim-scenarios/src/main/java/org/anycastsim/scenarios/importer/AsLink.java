package org.anycastsim.scenarios.importer;

import java.util.Objects;

/**
 * One line of an AS relationship file: a link between two autonomous systems.
 *
 * <p>AS numbers are {@code long}s because 4-byte AS numbers (RFC 6793) go up to 2^32 - 1,
 * beyond {@code int}; AS 0 is reserved (RFC 7607) and never appears on a link.
 *
 * @param as1          for {@link Relationship#PROVIDER_TO_CUSTOMER}, the provider
 * @param as2          for {@link Relationship#PROVIDER_TO_CUSTOMER}, the customer
 * @param relationship how the two relate
 */
public record AsLink(long as1, long as2, Relationship relationship) {

    /** The largest 4-byte AS number. */
    public static final long MAX_ASN = 0xFFFF_FFFFL;

    public AsLink {
        requireAsn(as1);
        requireAsn(as2);
        if (as1 == as2) {
            throw new IllegalArgumentException("AS" + as1 + " cannot have a link to itself");
        }
        Objects.requireNonNull(relationship, "relationship");
    }

    /** Whether {@code asn} is a usable AS number: 1 to 2^32 - 1. */
    public static boolean isValidAsn(long asn) {
        return asn >= 1 && asn <= MAX_ASN;
    }

    private static void requireAsn(long asn) {
        if (!isValidAsn(asn)) {
            throw new IllegalArgumentException("not an AS number: " + asn);
        }
    }
}
