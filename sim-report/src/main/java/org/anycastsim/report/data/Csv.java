package org.anycastsim.report.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV dialect of the output format: comma-separated, one record per line, RFC 4180 quoting
 * (a field holding a comma or a quote is quoted, quotes doubled). Fields never hold line
 * breaks, so a reader can work line by line and report line numbers.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * Splits one line into fields.
     *
     * @throws IllegalArgumentException on an unterminated or misplaced quote
     */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>(8);
        if (line.indexOf('"') < 0) {
            int start = 0;
            int comma;
            while ((comma = line.indexOf(',', start)) >= 0) {
                fields.add(line.substring(start, comma));
                start = comma + 1;
            }
            fields.add(line.substring(start));
            return fields;
        }
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            field.setLength(0);
            if (i < line.length() && line.charAt(i) == '"') {
                i = readQuoted(line, i + 1, field);
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote at column " + (i + 1));
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? line.length() : comma;
                String plain = line.substring(i, end);
                if (plain.indexOf('"') >= 0) {
                    throw new IllegalArgumentException("quote inside an unquoted field at column " + (i + 1));
                }
                field.append(plain);
                i = end;
            }
            fields.add(field.toString());
            if (i >= line.length()) {
                return fields;
            }
            i++; // the comma
        }
    }

    /** Reads a quoted field from just after its opening quote; returns the index after the closing quote. */
    private static int readQuoted(String line, int from, StringBuilder field) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            field.append(c);
            i++;
        }
        throw new IllegalArgumentException("unterminated quoted field starting at column " + from);
    }

    /**
     * Appends one field, quoted when it must be.
     *
     * @throws IllegalArgumentException if the text holds a line break (the format has none)
     */
    public static StringBuilder appendField(StringBuilder out, String field) {
        if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a CSV field cannot hold a line break: '" + field + "'");
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0) {
            return out.append(field);
        }
        out.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"');
    }

    /** One CSV line (without the line break). */
    public static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, fields.get(i));
        }
        return out.toString();
    }

    /**
     * A number as the format writes it: integral values without a fraction ({@code 1200}),
     * others in Java's shortest round-trip form ({@code 0.0055}, {@code 1.8E7}).
     *
     * @throws IllegalArgumentException for NaN and infinities, which the format does not allow
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /**
     * Parses a number written by {@link #number} or any plain decimal/scientific spelling.
     *
     * @throws NumberFormatException for anything else, including NaN, infinities and hex
     */
    public static double parseNumber(String text) {
        if (text.isEmpty()) {
            throw new NumberFormatException("empty number");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
            if (!allowed) {
                throw new NumberFormatException("not a number: '" + text + "'");
            }
        }
        return Double.parseDouble(text);
    }

    /** Describes a field for an error message. */
    static String quoteForMessage(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "'" + shown.replace("\t", "\\t") + "'";
    }

    /** Lower-case for comparing boolean spellings without depending on the default locale. */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
