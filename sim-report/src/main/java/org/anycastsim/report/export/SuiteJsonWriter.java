package org.anycastsim.report.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.anycastsim.report.data.SuiteEntry;
import org.anycastsim.report.data.SuiteIndex;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code suite.json}, the index of a drill suite's run folders. */
public final class SuiteJsonWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private SuiteJsonWriter() {
    }

    public static void write(SuiteIndex suite, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("runs");
            for (SuiteEntry run : suite.runs()) {
                json.writeStartObject();
                json.writeStringField("name", run.name());
                json.writeStringField("dir", run.dir());
                json.writeBooleanField("passed", run.passed());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
