package org.anycastsim.report.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.anycastsim.report.data.BreakCause;
import org.anycastsim.report.data.Expectation;
import org.anycastsim.report.data.InjectedEvent;
import org.anycastsim.report.data.SnapshotRef;
import org.anycastsim.report.data.Summary;
import org.anycastsim.report.data.TrafficTotals;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes {@code summary.json}, indented for people who open it in an editor. NaN (an absent
 * measurement, a convergence that never happened) is written as {@code null}.
 */
public final class SummaryJsonWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private SummaryJsonWriter() {
    }

    public static void write(Summary summary, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(summary, out);
        }
    }

    /** Writes to {@code out} and leaves it open. */
    public static void write(Summary summary, Writer out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("scenario", summary.scenario());
        json.writeStringField("description", summary.description());
        json.writeNumberField("seed", summary.seed());
        number(json, "durationSeconds", summary.durationSeconds());
        json.writeStringField("topology", summary.topology());
        if (summary.command() != null) {
            json.writeStringField("command", summary.command());
        }
        json.writeObjectFieldStart("parameters");
        for (Map.Entry<String, String> parameter : summary.parameters().entrySet()) {
            json.writeStringField(parameter.getKey(), parameter.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("expectations");
        for (Expectation e : summary.expectations()) {
            json.writeStartObject();
            json.writeStringField("name", e.name());
            json.writeBooleanField("passed", e.passed());
            number(json, "measured", e.measured());
            json.writeStringField("bound", e.bound());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
        for (InjectedEvent e : summary.events()) {
            writeEvent(json, e);
        }
        json.writeEndArray();
        writeTraffic(json, summary.traffic());
        json.writeArrayFieldStart("snapshots");
        for (SnapshotRef s : summary.snapshots()) {
            json.writeStartObject();
            number(json, "at", s.at());
            json.writeStringField("label", s.label());
            json.writeStringField("kind", s.kind());
            json.writeStringField("file", s.file());
            json.writeEndObject();
        }
        json.writeEndArray();
        number(json, "wallSeconds", summary.wallSeconds());
        json.writeNumberField("simulatedEvents", summary.simulatedEvents());
        json.writeEndObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    private static void writeEvent(JsonGenerator json, InjectedEvent e) throws IOException {
        json.writeStartObject();
        number(json, "at", e.at());
        json.writeStringField("action", e.action());
        json.writeStringField("target", e.target());
        number(json, "controlPlaneConvergenceSeconds", e.controlPlaneConvergenceSeconds());
        number(json, "dataPlaneConvergenceSeconds", e.dataPlaneConvergenceSeconds());
        json.writeNumberField("updates", e.updates());
        json.writeBooleanField("converged", e.converged());
        json.writeEndObject();
    }

    private static void writeTraffic(JsonGenerator json, TrafficTotals t) throws IOException {
        json.writeObjectFieldStart("traffic");
        number(json, "offered", t.offered());
        number(json, "served", t.served());
        number(json, "dropped", t.dropped());
        number(json, "lostFraction", t.lostFraction());
        json.writeObjectFieldStart("brokenSessions");
        for (BreakCause cause : BreakCause.values()) {
            json.writeNumberField(cause.jsonKey(), t.brokenSessions().count(cause));
        }
        json.writeEndObject();
        json.writeNumberField("sampledSessions", t.sampledSessions());
        json.writeEndObject();
    }

    /** JSON has no NaN: an absent value is null. */
    private static void number(JsonGenerator json, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(name, value);
        } else {
            json.writeNullField(name);
        }
    }
}
