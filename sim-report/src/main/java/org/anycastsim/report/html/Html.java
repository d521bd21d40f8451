package org.anycastsim.report.html;

import java.nio.charset.StandardCharsets;

/** Escaping for HTML text and attribute values, and encoding of relative links. */
public final class Html {

    private Html() {
    }

    /** Text safe in element content and in quoted attribute values: {@code & < > " '} are escaped. */
    public static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and newline have no place in a page.
                    if (c < 0x20 && c != '\t' && c != '\n') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A relative link to a file below the page's folder, each path segment percent-encoded so
     * that a folder named {@code a b#c} still links (and cannot become {@code javascript:}).
     */
    public static String relativeUrl(String path) {
        StringBuilder out = new StringBuilder();
        String[] segments = path.split("/", -1);
        for (int s = 0; s < segments.length; s++) {
            if (s > 0) {
                out.append('/');
            }
            for (byte b : segments[s].getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '-' || c == '.' || c == '_' || c == '~';
                if (plain) {
                    out.append((char) c);
                } else {
                    out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
                }
            }
        }
        return out.toString();
    }

    /** A value for an {@code id} attribute from any name: letters, digits and dashes only. */
    public static String id(String name) {
        String id = name.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "x" : id;
    }
}
