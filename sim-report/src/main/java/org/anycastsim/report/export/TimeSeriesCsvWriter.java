package org.anycastsim.report.export;

import org.anycastsim.report.data.Csv;
import org.anycastsim.report.data.OutputFormat;
import org.anycastsim.report.data.TimeSeriesRow;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams {@code timeseries.csv}: the header on creation, then one row per call, so that a
 * simulator can write samples as it takes them without holding the run in memory.
 *
 * <p>Write each (metric, entity) in increasing time; the reader refuses a series that goes
 * back in time.
 */
public final class TimeSeriesCsvWriter implements Closeable, Flushable {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(96);

    public TimeSeriesCsvWriter(Path file) throws IOException {
        this(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** Takes ownership of {@code out}: {@link #close()} closes it. */
    public TimeSeriesCsvWriter(Writer out) throws IOException {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out);
        this.out.write(Csv.line(OutputFormat.TIMESERIES_HEADER));
        this.out.write('\n');
    }

    /** Writes all rows to a new file. */
    public static void writeAll(Path file, Iterable<TimeSeriesRow> rows) throws IOException {
        try (TimeSeriesCsvWriter writer = new TimeSeriesCsvWriter(file)) {
            for (TimeSeriesRow row : rows) {
                writer.write(row);
            }
        }
    }

    public void write(TimeSeriesRow row) throws IOException {
        write(row.time(), row.metric(), row.entity(), row.group(), row.value());
    }

    /**
     * @param group the entity's parent (a server's PoP), or empty
     * @throws IllegalArgumentException for a negative or non-finite time, an empty metric or
     *                                  entity, or a non-finite value
     */
    public void write(double time, String metric, String entity, String group, double value) throws IOException {
        if (!(time >= 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("time must be a finite, non-negative number of seconds: " + time);
        }
        if (metric.isEmpty() || entity.isEmpty()) {
            throw new IllegalArgumentException("metric and entity must not be empty");
        }
        line.setLength(0);
        line.append(Csv.number(time)).append(',');
        Csv.appendField(line, metric).append(',');
        Csv.appendField(line, entity).append(',');
        Csv.appendField(line, group).append(',');
        line.append(Csv.number(value)).append('\n');
        out.append(line);
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
