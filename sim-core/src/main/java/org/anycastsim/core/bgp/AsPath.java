package org.anycastsim.core.bgp;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import java.util.Arrays;

/**
 * An AS_PATH made of a single AS_SEQUENCE, leftmost AS first (the neighbour that sent the route),
 * rightmost last (the AS that originated it).
 *
 * <p>ASNs are 32-bit (RFC 6793) and held as unsigned values in {@code int}s, so {@code 4200000000}
 * is stored as a negative int and printed back as 4200000000. AS_SET segments are not modelled:
 * aggregation is out of scope, and without sets RFC 4271 9.1.2.2 a) ("an AS_SET counts as 1")
 * reduces to the number of ASNs. ASN 0 is rejected (RFC 7607: an AS_PATH containing 0 is
 * malformed), which also lets 0 mean "no AS" in {@link #neighbourAs()} and {@link #originAs()}.
 */
public final class AsPath {

    /** The path of a route originated inside the local AS (or by the speaker itself). */
    public static final AsPath EMPTY = new AsPath(new int[0]);

    private static final Interner<AsPath> INTERNER = Interners.newWeakInterner();

    private final int[] asns;
    private final int hash;

    private AsPath(int[] asns) {
        this.asns = asns;
        this.hash = Arrays.hashCode(asns);
    }

    /** A path of the given ASNs, neighbour first. */
    public static AsPath of(int... asns) {
        if (asns.length == 0) {
            return EMPTY;
        }
        for (int asn : asns) {
            checkAsn(asn);
        }
        return new AsPath(asns.clone());
    }

    /** Parses space separated ASNs, e.g. {@code "1299 13335"}; surrounding brackets are allowed. */
    public static AsPath parse(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        if (t.isEmpty()) {
            return EMPTY;
        }
        String[] tokens = t.split("\\s+");
        int[] asns = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            asns[i] = parseAsn(tokens[i]);
        }
        return new AsPath(asns);
    }

    /** Parses one ASN in asplain notation (0 excluded, up to 4294967295). */
    public static int parseAsn(String text) {
        try {
            long value = Long.parseLong(text.trim());
            if (value <= 0 || value > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("ASN out of range: '" + text + "'");
            }
            return (int) value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an ASN: '" + text + "'", e);
        }
    }

    /** Formats an ASN held as an unsigned int in asplain notation. */
    public static String formatAsn(int asn) {
        return Integer.toUnsignedString(asn);
    }

    private static void checkAsn(int asn) {
        if (asn == 0) {
            throw new IllegalArgumentException("ASN 0 may not appear in an AS_PATH (RFC 7607)");
        }
    }

    /** The number of ASNs, the length compared in RFC 4271 9.1.2.2 a). */
    public int length() {
        return asns.length;
    }

    public boolean isEmpty() {
        return asns.length == 0;
    }

    /** The ASN at {@code index}, 0 being the neighbour AS. */
    public int get(int index) {
        return asns[index];
    }

    /** A copy of the ASNs, neighbour first. */
    public int[] toArray() {
        return asns.clone();
    }

    /**
     * The path with {@code asn} prepended {@code times} times, as a speaker does when sending to an
     * eBGP peer (once, RFC 4271 5.1.2) or when a policy lengthens the path to deter traffic.
     */
    public AsPath prepend(int asn, int times) {
        checkAsn(asn);
        if (times < 0) {
            throw new IllegalArgumentException("negative prepend count: " + times);
        }
        if (times == 0) {
            return this;
        }
        int[] longer = new int[asns.length + times];
        Arrays.fill(longer, 0, times, asn);
        System.arraycopy(asns, 0, longer, times, asns.length);
        return new AsPath(longer);
    }

    /** Whether {@code asn} appears anywhere: the AS-loop check of RFC 4271 9.1.2. */
    public boolean contains(int asn) {
        for (int a : asns) {
            if (a == asn) {
                return true;
            }
        }
        return false;
    }

    /**
     * The leftmost AS, i.e. the neighbouring AS that MEDs are compared within (RFC 4271 9.1.2.2 c);
     * 0 for an empty path.
     */
    public int neighbourAs() {
        return asns.length == 0 ? 0 : asns[0];
    }

    /** The rightmost AS, the one that originated the route; 0 for an empty path. */
    public int originAs() {
        return asns.length == 0 ? 0 : asns[asns.length - 1];
    }

    /** A canonical shared instance equal to this one, for RIBs holding many copies of a path. */
    public AsPath intern() {
        return asns.length == 0 ? EMPTY : INTERNER.intern(this);
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof AsPath other && hash == other.hash && Arrays.equals(asns, other.asns));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Formats as {@code [1299 13335]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(2 + asns.length * 6).append('[');
        for (int i = 0; i < asns.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(formatAsn(asns[i]));
        }
        return sb.append(']').toString();
    }
}
