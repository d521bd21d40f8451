package org.anycastsim.core.bgp;

import java.util.Arrays;

/**
 * Standard communities (RFC 1997) as plain {@code int}s: the high 16 bits are an ASN, the low 16
 * bits a value, written {@code "65000:100"}.
 *
 * <p>Sets of communities are sorted {@code int[]} without duplicates, ordered by the unsigned
 * value (the order routers print them in), so that membership is a binary search and two equal
 * sets are equal arrays. The set helpers here never modify their argument.
 */
public final class Community {

    /** RFC 1997: do not advertise outside the local AS (or confederation). */
    public static final int NO_EXPORT = 0xFFFF_FF01;
    /** RFC 1997: do not advertise to any peer at all. */
    public static final int NO_ADVERTISE = 0xFFFF_FF02;
    /** RFC 1997: do not advertise to eBGP peers, even inside a confederation. */
    public static final int NO_EXPORT_SUBCONFED = 0xFFFF_FF03;

    static final int[] NONE = new int[0];

    private Community() {}

    /** The community {@code asn:value}; both halves must fit in 16 bits. */
    public static int of(int asn, int value) {
        if (asn < 0 || asn > 0xFFFF || value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("community halves must be 0..65535: " + asn + ":" + value);
        }
        return (asn << 16) | value;
    }

    /** The high half, conventionally the ASN that defines the community's meaning. */
    public static int asn(int community) {
        return community >>> 16;
    }

    /** The low half. */
    public static int value(int community) {
        return community & 0xFFFF;
    }

    /** Parses {@code "65000:100"} or the names {@code no-export}, {@code no-advertise}, {@code no-export-subconfed}. */
    public static int parse(String text) {
        String t = text.trim();
        switch (t.toLowerCase()) {
            case "no-export":
                return NO_EXPORT;
            case "no-advertise":
                return NO_ADVERTISE;
            case "no-export-subconfed":
                return NO_EXPORT_SUBCONFED;
            default:
                break;
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a community: '" + text + "'");
        }
        try {
            return of(Integer.parseInt(t.substring(0, colon)), Integer.parseInt(t.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a community: '" + text + "'", e);
        }
    }

    /** Formats as {@code "65000:100"}, or by name for the RFC 1997 well-known communities. */
    public static String format(int community) {
        switch (community) {
            case NO_EXPORT:
                return "no-export";
            case NO_ADVERTISE:
                return "no-advertise";
            case NO_EXPORT_SUBCONFED:
                return "no-export-subconfed";
            default:
                return asn(community) + ":" + value(community);
        }
    }

    /**
     * Whether RFC 1997 forbids sending a route carrying {@code communities} on a session: NO_ADVERTISE
     * blocks every peer; NO_EXPORT and NO_EXPORT_SUBCONFED block eBGP peers (without confederations
     * the two are the same).
     */
    public static boolean blocksAdvertisement(int[] communities, boolean toEbgpPeer) {
        return contains(communities, NO_ADVERTISE)
                || (toEbgpPeer && (contains(communities, NO_EXPORT) || contains(communities, NO_EXPORT_SUBCONFED)));
    }

    /** Sorts (unsigned) and deduplicates a copy of {@code communities}. */
    public static int[] normalize(int... communities) {
        if (communities.length == 0) {
            return NONE;
        }
        int[] flipped = new int[communities.length];
        for (int i = 0; i < flipped.length; i++) {
            flipped[i] = communities[i] ^ Integer.MIN_VALUE; // signed order of flipped = unsigned order
        }
        Arrays.sort(flipped);
        int n = 0;
        for (int i = 0; i < flipped.length; i++) {
            if (i == 0 || flipped[i] != flipped[i - 1]) {
                flipped[n++] = flipped[i];
            }
        }
        for (int i = 0; i < n; i++) {
            flipped[i] ^= Integer.MIN_VALUE;
        }
        return n == flipped.length ? flipped : Arrays.copyOf(flipped, n);
    }

    /** Whether the sorted set contains {@code community}. */
    public static boolean contains(int[] sorted, int community) {
        return indexOf(sorted, community) >= 0;
    }

    /** The sorted set plus {@code community}; the same array if already present. */
    public static int[] with(int[] sorted, int community) {
        int at = indexOf(sorted, community);
        if (at >= 0) {
            return sorted;
        }
        int insert = -at - 1;
        int[] result = new int[sorted.length + 1];
        System.arraycopy(sorted, 0, result, 0, insert);
        result[insert] = community;
        System.arraycopy(sorted, insert, result, insert + 1, sorted.length - insert);
        return result;
    }

    /** The sorted set minus {@code community}; the same array if absent. */
    public static int[] without(int[] sorted, int community) {
        int at = indexOf(sorted, community);
        if (at < 0) {
            return sorted;
        }
        if (sorted.length == 1) {
            return NONE;
        }
        int[] result = new int[sorted.length - 1];
        System.arraycopy(sorted, 0, result, 0, at);
        System.arraycopy(sorted, at + 1, result, at, sorted.length - at - 1);
        return result;
    }

    /** Binary search in unsigned order; like {@link Arrays#binarySearch(int[], int)}'s contract. */
    private static int indexOf(int[] sorted, int community) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Integer.compareUnsigned(sorted[mid], community);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Formats a set as {@code [65000:100 no-export]}. */
    public static String formatAll(int[] communities) {
        StringBuilder sb = new StringBuilder().append('[');
        for (int i = 0; i < communities.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(format(communities[i]));
        }
        return sb.append(']').toString();
    }
}
