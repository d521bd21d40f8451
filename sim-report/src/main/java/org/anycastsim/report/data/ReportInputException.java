package org.anycastsim.report.data;

import java.io.IOException;
import java.util.Objects;

/**
 * A run's output file that does not follow the output format, located for the person who
 * has to fix the writer: {@code timeseries.csv:17: expected 5 columns, found 4}, or for JSON
 * documents {@code summary.json: field 'events[0].at': expected a number}.
 *
 * <p>An {@link IOException}, because to a caller it is one more way of failing to read a
 * folder; the CLI can still catch this type to report bad input rather than a crash.
 */
public final class ReportInputException extends IOException {

    private final String file;
    private final int line;
    private final String detail;

    /**
     * @param file   the file name relative to the run folder (or the folder itself)
     * @param line   1-based line, or 0 when no line applies
     * @param detail what is wrong, without the location
     */
    public ReportInputException(String file, int line, String detail) {
        super(format(file, line, detail));
        if (line < 0) {
            throw new IllegalArgumentException("line is 1-based, or 0 if unknown: " + line);
        }
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    private static String format(String file, int line, String detail) {
        return line > 0 ? file + ":" + line + ": " + detail : file + ": " + detail;
    }

    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }

    public String detail() {
        return detail;
    }

    /** The location and detail only: this is what a user is shown. */
    @Override
    public String toString() {
        return getMessage();
    }
}
