package org.anycastsim.core.net;

/**
 * IPv4 addresses as plain {@code int}s (network byte order in the int's bits), so that
 * forwarding and hashing never box or allocate.
 */
public final class Ipv4 {
    private Ipv4() {}

    /** Parses dotted-quad notation ("198.41.214.1"). */
    public static int parse(String text) {
        String[] parts = text.trim().split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: '" + text + "'");
        }
        int value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not an IPv4 address: '" + text + "'");
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                throw new IllegalArgumentException("octet out of range in '" + text + "'");
            }
            value = (value << 8) | octet;
        }
        return value;
    }

    public static String format(int address) {
        return ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "."
                + ((address >>> 8) & 0xff) + "." + (address & 0xff);
    }

    /** The network mask of a prefix length, e.g. 24 -> 0xffffff00; 0 -> 0. */
    public static int mask(int length) {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length out of range: " + length);
        }
        return length == 0 ? 0 : -1 << (32 - length);
    }

    /** Unsigned comparison, the order of addresses on the wire. */
    public static int compare(int a, int b) {
        return Integer.compareUnsigned(a, b);
    }
}
