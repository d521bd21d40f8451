package org.anycastsim.report.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code catchment-<label>.csv}. */
public final class CatchmentCsvReader {

    private CatchmentCsvReader() {
    }

    public static Catchment read(Path file, String label) throws IOException {
        String name = file.getFileName().toString();
        List<CatchmentRow> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvLines lines = new CsvLines(name, in);
            lines.requireHeader(OutputFormat.CATCHMENT_HEADER);
            List<String> row;
            while ((row = lines.next()) != null) {
                double lat = lines.number(row, 2, "lat");
                double lon = lines.number(row, 3, "lon");
                if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                    throw lines.error("coordinates out of range: lat " + lat + ", lon " + lon);
                }
                double weight = lines.number(row, 5, "demand_weight");
                if (weight < 0) {
                    throw lines.error("column 'demand_weight' must not be negative, found " + weight);
                }
                rows.add(new CatchmentRow(lines.nonEmpty(row, 0, "client"), row.get(1), lat, lon,
                        row.get(4), weight));
            }
        }
        return new Catchment(label, rows);
    }
}
