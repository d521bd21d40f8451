package org.anycastsim.report.export;

import org.anycastsim.report.data.CatchmentRow;
import org.anycastsim.report.data.Csv;
import org.anycastsim.report.data.OutputFormat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a {@code catchment-<label>.csv}; a client that reaches no PoP gets an empty {@code pop}. */
public final class CatchmentCsvWriter {

    private CatchmentCsvWriter() {
    }

    /** Writes {@code catchment-<label>.csv} in {@code runDir} and returns its path. */
    public static Path write(Path runDir, String label, Iterable<CatchmentRow> rows) throws IOException {
        Path file = runDir.resolve(OutputFormat.catchmentFile(label));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(Csv.line(OutputFormat.CATCHMENT_HEADER));
            out.write('\n');
            StringBuilder line = new StringBuilder();
            for (CatchmentRow row : rows) {
                line.setLength(0);
                Csv.appendField(line, row.client()).append(',');
                Csv.appendField(line, row.country()).append(',');
                line.append(Csv.number(row.lat())).append(',').append(Csv.number(row.lon())).append(',');
                Csv.appendField(line, row.pop() == null ? "" : row.pop()).append(',');
                line.append(Csv.number(row.demandWeight())).append('\n');
                out.append(line);
            }
        }
        return file;
    }
}
