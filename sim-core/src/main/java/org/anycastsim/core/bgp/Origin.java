package org.anycastsim.core.bgp;

/**
 * The ORIGIN attribute (RFC 4271 5.1.1). Declaration order is preference order: RFC 4271
 * 9.1.2.2 b) prefers the lowest value, IGP (0) over EGP (1) over INCOMPLETE (2).
 */
public enum Origin {
    IGP("i"),
    EGP("e"),
    INCOMPLETE("?");

    private final String symbol;

    Origin(String symbol) {
        this.symbol = symbol;
    }

    /** The value carried on the wire (0, 1 or 2). */
    public int code() {
        return ordinal();
    }

    /** The one-character code routers print in "show ip bgp" ({@code i}, {@code e}, {@code ?}). */
    public String symbol() {
        return symbol;
    }
}
