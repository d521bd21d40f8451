package org.anycastsim.core.bgp.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.anycastsim.core.net.Prefix;

/**
 * An ordered prefix list with Cisco IOS / FRR semantics: the first entry that covers a prefix
 * decides (permit or deny); a prefix no entry covers is denied.
 */
public record PrefixList(List<Entry> entries) {

    public PrefixList {
        entries = List.copyOf(entries);
    }

    public static PrefixList of(Entry... entries) {
        return new PrefixList(Arrays.asList(entries));
    }

    /** Parses one entry per line, e.g. {@code "permit 198.41.128.0/17 le 24"}. */
    public static PrefixList parse(String... lines) {
        return new PrefixList(Arrays.stream(lines).map(Entry::parse).toList());
    }

    /** Whether {@code prefix} is permitted. */
    public boolean permits(Prefix prefix) {
        for (Entry entry : entries) {
            if (entry.covers(prefix)) {
                return entry.permit();
            }
        }
        return false;
    }

    /**
     * One line: prefixes inside {@code prefix} whose length is within {@code [ge, le]}. Without ge
     * and le only {@code prefix} itself matches; with only {@code ge}, {@code le} is 32; with only
     * {@code le}, {@code ge} is the prefix's own length (as in Cisco IOS).
     */
    public record Entry(boolean permit, Prefix prefix, int ge, int le) {

        public Entry {
            Objects.requireNonNull(prefix, "prefix");
            if (ge < prefix.length() || ge > le || le > 32) {
                throw new IllegalArgumentException("need " + prefix.length() + " <= ge <= le <= 32, got ge "
                        + ge + " le " + le + " for " + prefix);
            }
        }

        /** Matches exactly {@code prefix}. */
        public static Entry permit(String prefix) {
            Prefix p = Prefix.parse(prefix);
            return new Entry(true, p, p.length(), p.length());
        }

        public static Entry permit(String prefix, int ge, int le) {
            return new Entry(true, Prefix.parse(prefix), ge, le);
        }

        public static Entry deny(String prefix) {
            Prefix p = Prefix.parse(prefix);
            return new Entry(false, p, p.length(), p.length());
        }

        public static Entry deny(String prefix, int ge, int le) {
            return new Entry(false, Prefix.parse(prefix), ge, le);
        }

        /** Parses {@code "permit|deny PREFIX [ge N] [le M]"}. */
        public static Entry parse(String line) {
            String[] t = line.trim().split("\\s+");
            if (t.length < 2 || t.length % 2 != 0 || !(t[0].equals("permit") || t[0].equals("deny"))) {
                throw new IllegalArgumentException("expected 'permit|deny PREFIX [ge N] [le M]': '" + line + "'");
            }
            Prefix prefix = Prefix.parse(t[1]);
            Integer ge = null;
            Integer le = null;
            for (int i = 2; i < t.length; i += 2) {
                int value = Integer.parseInt(t[i + 1]);
                switch (t[i]) {
                    case "ge" -> ge = value;
                    case "le" -> le = value;
                    default -> throw new IllegalArgumentException("unknown keyword '" + t[i] + "' in '" + line + "'");
                }
            }
            int low = ge != null ? ge : prefix.length();
            int high = le != null ? le : ge != null ? 32 : prefix.length();
            return new Entry(t[0].equals("permit"), prefix, low, high);
        }

        public boolean covers(Prefix candidate) {
            return prefix.contains(candidate) && candidate.length() >= ge && candidate.length() <= le;
        }

        /** E.g. {@code "permit 198.41.128.0/17 ge 17 le 24"}, or without ge/le for an exact entry. */
        @Override
        public String toString() {
            boolean exact = ge == prefix.length() && le == prefix.length();
            return (permit ? "permit " : "deny ") + prefix + (exact ? "" : " ge " + ge + " le " + le);
        }
    }
}
