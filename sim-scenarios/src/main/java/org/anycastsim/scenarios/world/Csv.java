package org.anycastsim.scenarios.world;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small CSV files bundled with the world builders: a header line, then one record a
 * line; fields may be double-quoted (RFC 4180, so "Korea, South" keeps its comma); lines starting
 * with {@code #} before the header are comments that say where the facts come from. A problem in
 * one of these files is a bug of the project, not bad user input, hence unchecked exceptions.
 */
final class Csv {
    private Csv() {}

    /** One record, with its line number for error messages. */
    record Row(String source, int line, Map<String, String> fields) {
        String text(String column) {
            String value = fields.get(column);
            if (value == null) {
                throw new IllegalStateException(source + ": no column '" + column + "'");
            }
            return value;
        }

        boolean isBlank(String column) {
            return text(column).isBlank();
        }

        double number(String column) {
            try {
                return Double.parseDouble(text(column).strip());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(source + ":" + line + ": column '" + column + "' is not a number: '"
                        + text(column) + "'", e);
            }
        }

        long whole(String column) {
            try {
                return Long.parseLong(text(column).strip());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(source + ":" + line + ": column '" + column + "' is not an integer: '"
                        + text(column) + "'", e);
            }
        }
    }

    /** Reads a resource next to this class (or an absolute resource path). */
    static List<Row> resource(String name) {
        try (InputStream in = Csv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + name);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> read(BufferedReader in, String source) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank() || (header == null && line.startsWith("#"))) {
                continue;
            }
            List<String> fields = split(line, source, lineNumber);
            if (header == null) {
                header = fields;
                continue;
            }
            if (fields.size() != header.size()) {
                throw new IllegalStateException(source + ":" + lineNumber + ": " + fields.size()
                        + " fields, the header has " + header.size());
            }
            Map<String, String> byName = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                byName.put(header.get(i), fields.get(i));
            }
            rows.add(new Row(source, lineNumber, byName));
        }
        return rows;
    }

    private static List<String> split(String line, String source, int lineNumber) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException(source + ":" + lineNumber + ": unterminated quote");
        }
        out.add(field.toString());
        return out;
    }
}
