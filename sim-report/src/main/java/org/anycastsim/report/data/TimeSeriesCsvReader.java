package org.anycastsim.report.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads {@code timeseries.csv} into an indexed {@link TimeSeries}. */
public final class TimeSeriesCsvReader {

    private TimeSeriesCsvReader() {
    }

    public static TimeSeries read(Path file) throws IOException {
        String name = file.getFileName().toString();
        TimeSeries.Builder builder = TimeSeries.builder();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvLines lines = new CsvLines(name, in);
            lines.requireHeader(OutputFormat.TIMESERIES_HEADER);
            List<String> row;
            while ((row = lines.next()) != null) {
                double time = lines.number(row, 0, "time_s");
                if (time < 0) {
                    throw lines.error("time_s must not be negative, found " + time);
                }
                String metric = lines.nonEmpty(row, 1, "metric");
                String entity = lines.nonEmpty(row, 2, "entity");
                double value = lines.number(row, 4, "value");
                try {
                    builder.add(time, metric, entity, row.get(3), value);
                } catch (IllegalArgumentException e) {
                    throw lines.error(e.getMessage());
                }
            }
        }
        return builder.build();
    }
}
