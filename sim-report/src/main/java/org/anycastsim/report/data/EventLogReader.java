package org.anycastsim.report.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code events.jsonl}: one JSON object per line; blank lines are skipped. */
public final class EventLogReader {

    /** The fields with a place of their own in {@link LogEvent}; all others go to its field map. */
    private static final Set<String> OWN_FIELDS = Set.of("t", "kind", "type", "node", "pop", "detail");

    private EventLogReader() {
    }

    public static List<LogEvent> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<LogEvent> events = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    events.add(parse(line, new JsonFields(name, number)));
                }
            }
        }
        return events;
    }

    static LogEvent parse(String line, JsonFields json) throws ReportInputException {
        JsonNode node;
        try {
            node = JsonFields.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw json.syntax(e);
        }
        if (!node.isObject()) {
            throw json.error("", "expected a JSON object, found " + JsonFields.describe(node));
        }
        double t = json.number(node, "", "t");
        if (!Double.isFinite(t) || t < 0) {
            throw json.error("t", "time must be a non-negative number of seconds, found " + t);
        }
        String kindName = json.text(node, "", "kind");
        EventKind kind = EventKind.fromWireName(kindName).orElseThrow(() -> json.error("kind",
                "unknown kind '" + kindName + "', expected one of " + Arrays.stream(EventKind.values())
                        .map(EventKind::wireName).toList()));
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : json.scalarsAsText(node, "").entrySet()) {
            if (!OWN_FIELDS.contains(e.getKey())) {
                fields.put(e.getKey(), e.getValue());
            }
        }
        return new LogEvent(t, kind, optScalar(node, "type"), optScalar(node, "node"),
                optScalar(node, "pop"), optScalar(node, "detail"), fields);
    }

    /** Own text fields, read leniently as text (a node named 7 is still a name). */
    private static String optScalar(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }
}
