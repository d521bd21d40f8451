package org.anycastsim.report.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/**
 * Reads a CSV file of the output format line by line, checks the header and the column
 * count, and turns every problem into a {@link ReportInputException} at the current line.
 */
final class CsvLines {

    private final String file;
    private final BufferedReader in;
    private int lineNumber;
    private int columns;

    CsvLines(String file, BufferedReader in) {
        this.file = file;
        this.in = in;
    }

    /** Reads the header and requires exactly these columns. */
    void requireHeader(List<String> expected) throws IOException {
        List<String> header = header();
        if (!header.equals(expected)) {
            throw error("expected the header " + String.join(",", expected) + ", found " + String.join(",", header));
        }
    }

    /** Reads the header, whatever its columns (for sweep files, whose parameter columns vary). */
    List<String> header() throws IOException {
        List<String> header = next();
        if (header == null) {
            throw new ReportInputException(file, 0, "the file is empty: expected a header line");
        }
        columns = header.size();
        return header;
    }

    /** The next non-blank record, or null at the end; checks the column count once the header is known. */
    List<String> next() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> fields;
            try {
                fields = Csv.split(line);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
            if (columns > 0 && fields.size() != columns) {
                throw error("expected " + columns + " columns, found " + fields.size());
            }
            return fields;
        }
        return null;
    }

    double number(List<String> row, int index, String column) throws ReportInputException {
        String text = row.get(index).trim();
        try {
            double value = Csv.parseNumber(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw error("column '" + column + "': not a number " + Csv.quoteForMessage(text));
        }
    }

    /** An optional number: an empty field reads as NaN. */
    double optNumber(List<String> row, int index, String column) throws ReportInputException {
        return row.get(index).isBlank() ? Double.NaN : number(row, index, column);
    }

    boolean bool(List<String> row, int index, String column) throws ReportInputException {
        String text = Csv.lower(row.get(index).trim());
        if (text.equals("true")) {
            return true;
        }
        if (text.equals("false")) {
            return false;
        }
        throw error("column '" + column + "': expected true or false, found " + Csv.quoteForMessage(row.get(index)));
    }

    String nonEmpty(List<String> row, int index, String column) throws ReportInputException {
        String text = row.get(index);
        if (text.isEmpty()) {
            throw error("column '" + column + "' is empty");
        }
        return text;
    }

    ReportInputException error(String detail) {
        return new ReportInputException(file, lineNumber, detail);
    }
}
