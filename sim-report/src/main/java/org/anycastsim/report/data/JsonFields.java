package org.anycastsim.report.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typed access to a parsed JSON document that fails with the file, line and field path
 * ({@code summary.json: field 'events[0].at': expected a number, found "sixty"}), so that a
 * broken writer is found from the message alone.
 */
final class JsonFields {

    /** Duplicate keys are refused: a document that says two things is a writer bug. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String file;
    private final int line;

    /**
     * @param file the file name for messages
     * @param line the 1-based line of a one-line document (JSON Lines), 0 for a whole file
     */
    JsonFields(String file, int line) {
        this.file = file;
        this.line = line;
    }

    /** A syntax error, located by the parser (offset by this document's first line). */
    ReportInputException syntax(JsonProcessingException e) {
        int at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int reported = line > 0 ? line : Math.max(at, 0);
        return new ReportInputException(file, reported, "not valid JSON: " + e.getOriginalMessage());
    }

    ReportInputException error(String path, String detail) {
        String where = path.isEmpty() ? "" : "field '" + path + "': ";
        return new ReportInputException(file, line, where + detail);
    }

    JsonNode object(JsonNode parent, String path, String name) throws ReportInputException {
        JsonNode node = required(parent, path, name);
        if (!node.isObject()) {
            throw error(join(path, name), "expected an object, found " + describe(node));
        }
        return node;
    }

    /** An optional array: absent or null reads as empty. */
    JsonNode optArray(JsonNode parent, String path, String name) throws ReportInputException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return MAPPER.createArrayNode();
        }
        if (!node.isArray()) {
            throw error(join(path, name), "expected an array, found " + describe(node));
        }
        return node;
    }

    String text(JsonNode parent, String path, String name) throws ReportInputException {
        JsonNode node = required(parent, path, name);
        if (!node.isTextual()) {
            throw error(join(path, name), "expected a string, found " + describe(node));
        }
        return node.textValue();
    }

    /** An optional string: absent or null reads as {@code absent}. */
    String optText(JsonNode parent, String path, String name, String absent) throws ReportInputException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return absent;
        }
        if (!node.isTextual()) {
            throw error(join(path, name), "expected a string, found " + describe(node));
        }
        return node.textValue();
    }

    double number(JsonNode parent, String path, String name) throws ReportInputException {
        JsonNode node = required(parent, path, name);
        if (!node.isNumber()) {
            throw error(join(path, name), "expected a number, found " + describe(node));
        }
        return node.doubleValue();
    }

    /** An optional number: absent or null reads as {@code absent} (often NaN). */
    double optNumber(JsonNode parent, String path, String name, double absent) throws ReportInputException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return absent;
        }
        if (!node.isNumber()) {
            throw error(join(path, name), "expected a number, found " + describe(node));
        }
        return node.doubleValue();
    }

    long integer(JsonNode parent, String path, String name) throws ReportInputException {
        JsonNode node = required(parent, path, name);
        return asLong(node, join(path, name));
    }

    long optInteger(JsonNode parent, String path, String name, long absent) throws ReportInputException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return absent;
        }
        return asLong(node, join(path, name));
    }

    boolean bool(JsonNode parent, String path, String name) throws ReportInputException {
        JsonNode node = required(parent, path, name);
        if (!node.isBoolean()) {
            throw error(join(path, name), "expected true or false, found " + describe(node));
        }
        return node.booleanValue();
    }

    /** An object of scalars as text, in file order (for parameters and free-form event fields). */
    Map<String, String> scalarsAsText(JsonNode object, String path) throws ReportInputException {
        Map<String, String> map = new LinkedHashMap<>();
        var names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode value = object.get(name);
            if (value.isNull()) {
                continue;
            }
            if (!value.isValueNode()) {
                throw error(join(path, name), "expected a string, number or boolean, found " + describe(value));
            }
            map.put(name, value.asText());
        }
        return map;
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private JsonNode required(JsonNode parent, String path, String name) throws ReportInputException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw error(join(path, name), "missing");
        }
        return node;
    }

    private long asLong(JsonNode node, String path) throws ReportInputException {
        if (!node.isIntegralNumber() && !(node.isNumber() && node.doubleValue() == Math.rint(node.doubleValue()))) {
            throw error(path, "expected a whole number, found " + describe(node));
        }
        return node.longValue();
    }

    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return Csv.quoteForMessage(node.textValue()).replace('\'', '"');
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.toString();
    }
}
