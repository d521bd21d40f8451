package org.anycastsim.core.net;

/**
 * An IPv4 prefix such as {@code 198.41.214.0/24}. The address is stored with its host bits
 * cleared, so two equal prefixes are equal records.
 */
public record Prefix(int address, int length) implements Comparable<Prefix> {

    public Prefix {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length out of range: " + length);
        }
        address &= Ipv4.mask(length);
    }

    /** Parses "a.b.c.d/len"; a bare address is a /32. */
    public static Prefix parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash < 0) {
            return new Prefix(Ipv4.parse(t), 32);
        }
        String len = t.substring(slash + 1);
        if (len.isEmpty() || len.length() > 2 || !len.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("bad prefix length in '" + text + "'");
        }
        return new Prefix(Ipv4.parse(t.substring(0, slash)), Integer.parseInt(len));
    }

    public boolean contains(int ip) {
        return (ip & Ipv4.mask(length)) == address;
    }

    public boolean contains(Prefix other) {
        return other.length >= length && contains(other.address);
    }

    /** The first address of the prefix plus {@code offset} (e.g. a host inside a service range). */
    public int host(int offset) {
        return address + offset;
    }

    @Override
    public int compareTo(Prefix o) {
        int c = Ipv4.compare(address, o.address);
        return c != 0 ? c : Integer.compare(length, o.length);
    }

    @Override
    public String toString() {
        return Ipv4.format(address) + "/" + length;
    }
}
