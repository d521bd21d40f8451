package org.anycastsim.scenarios.sweep;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.scenarios.run.ExpectationCheck.Verdict;

/**
 * Writes {@code sweep.json}: the rows of {@code sweep.csv}, worst first, with what a tool needs
 * besides: the sweep's kind and base, each run's seed and the expectations it failed. It holds no
 * wall-clock time, so that the same sweep writes the same file on any machine and thread count.
 * NaN (a measurement that could not be made) is written as {@code null}.
 */
final class SweepJsonWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private SweepJsonWriter() {}

    static void write(SweepResults results, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JsonGenerator json = JSON.createGenerator(out);
            json.useDefaultPrettyPrinter();
            Sweep sweep = results.sweep();
            json.writeStartObject();
            json.writeStringField("sweep", sweep.name());
            json.writeStringField("description", sweep.description());
            json.writeStringField("kind", sweep.kind().field());
            json.writeStringField("base", sweep.base().name());
            json.writeNumberField("seed", results.seed());
            number(json, "durationSeconds", SimTime.toSeconds(sweep.base().durationNanos()));
            json.writeNumberField("runCount", results.runs().size());
            json.writeNumberField("passedCount", results.passedCount());
            json.writeArrayFieldStart("parameters");
            for (String p : results.parameterNames()) {
                json.writeString(p);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("runs");
            for (RunOutcome o : results.runs()) {
                run(json, o);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        }
    }

    private static void run(JsonGenerator json, RunOutcome o) throws IOException {
        json.writeStartObject();
        json.writeStringField("run", o.run().name());
        json.writeObjectFieldStart("parameters");
        for (Map.Entry<String, String> p : o.run().parameters().entrySet()) {
            json.writeStringField(p.getKey(), p.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("seed", o.run().seed());
        number(json, "lostFraction", o.lostFraction());
        number(json, "maxPopUtilisation", o.maxPopUtilisation());
        if (o.worstPop().isEmpty()) {
            json.writeNullField("worstPop");
        } else {
            json.writeStringField("worstPop", o.worstPop());
        }
        number(json, "convergenceSeconds", o.convergenceSeconds());
        json.writeBooleanField("passed", o.passed());
        json.writeArrayFieldStart("failedExpectations");
        for (Verdict v : o.failed()) {
            json.writeStartObject();
            json.writeStringField("name", v.name());
            number(json, "measured", v.measured());
            json.writeStringField("bound", v.bound());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("utilisation");
        for (Map.Entry<String, Double> u : o.popUtilisation().entrySet()) {
            number(json, u.getKey(), u.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(field, value);
        } else {
            json.writeNullField(field);
        }
    }
}
