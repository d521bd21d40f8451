package org.anycastsim.report.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.anycastsim.report.data.LogEvent;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Streams {@code events.jsonl}: one compact JSON object per line, fields in the order
 * {@code t, kind, type, node, pop, detail} then the event's further fields. Absent (null)
 * fields are left out.
 */
public final class EventLogJsonlWriter implements Closeable, Flushable {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> OWN_FIELDS = Set.of("t", "kind", "type", "node", "pop", "detail");

    private final Writer out;
    private final StringWriter buffer = new StringWriter(160);
    private double lastTime;

    public EventLogJsonlWriter(Path file) throws IOException {
        this(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** Takes ownership of {@code out}: {@link #close()} closes it. */
    public EventLogJsonlWriter(Writer out) {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out);
    }

    public static void writeAll(Path file, Iterable<LogEvent> events) throws IOException {
        try (EventLogJsonlWriter writer = new EventLogJsonlWriter(file)) {
            for (LogEvent event : events) {
                writer.write(event);
            }
        }
    }

    /**
     * @throws IllegalArgumentException if the event goes back in time (the log is in time
     *                                  order), or a further field shadows one of the own fields
     */
    public void write(LogEvent event) throws IOException {
        if (!(event.t() >= lastTime) || Double.isInfinite(event.t())) {
            throw new IllegalArgumentException("events must be written in time order: " + event.t()
                    + " after " + lastTime);
        }
        lastTime = event.t();
        buffer.getBuffer().setLength(0);
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            json.writeStartObject();
            json.writeNumberField("t", event.t());
            json.writeStringField("kind", event.kind().wireName());
            writeIfPresent(json, "type", event.type());
            writeIfPresent(json, "node", event.node());
            writeIfPresent(json, "pop", event.pop());
            writeIfPresent(json, "detail", event.detail());
            for (Map.Entry<String, String> field : event.fields().entrySet()) {
                if (OWN_FIELDS.contains(field.getKey())) {
                    throw new IllegalArgumentException("field '" + field.getKey() + "' is one of the event's own fields");
                }
                writeIfPresent(json, field.getKey(), field.getValue());
            }
            json.writeEndObject();
        }
        out.append(buffer.getBuffer()).append('\n');
    }

    private static void writeIfPresent(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
