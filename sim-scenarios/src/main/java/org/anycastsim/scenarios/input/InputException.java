package org.anycastsim.scenarios.input;

import java.util.Objects;

/**
 * A problem with an input file, located precisely enough for a user to fix it.
 *
 * <p>The message reads like a compiler diagnostic, {@code source:line:column: field 'name':
 * detail}, e.g. {@code Abilene.graphml:12:5: field 'Latitude': not a number 'abc'}, so that
 * editors and terminals can jump to the spot. Unknown parts are left out: with line 0 the
 * position is omitted, with column 0 only the line is given, and without a field there is no
 * field part.
 *
 * <p>Checked, because every caller that reads user files must decide how to report them; the
 * CLI catches it, prints {@link #getMessage()} and exits with status 2.
 */
public final class InputException extends Exception {

    private final String source;
    private final int line;
    private final int column;
    private final String field;
    private final String detail;

    /**
     * @param source the file name as the user gave it (or a resource name)
     * @param line   1-based line, 0 if unknown
     * @param column 1-based column, 0 if unknown
     * @param field  the offending field or attribute, or null
     * @param detail what is wrong, without the location
     */
    public InputException(String source, int line, int column, String field, String detail) {
        this(source, line, column, field, detail, null);
    }

    public InputException(String source, int line, int column, String field, String detail, Throwable cause) {
        super(format(source, line, column, field, detail), cause);
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 if unknown");
        }
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.field = field;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    private static String format(String source, int line, int column, String field, String detail) {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (field != null) {
            text.append("field '").append(field).append("': ");
        }
        return text.append(detail).toString();
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The offending field, or null if the problem is not tied to one. */
    public String field() {
        return field;
    }

    /** What is wrong, without the location prefix. */
    public String detail() {
        return detail;
    }

    /** The same as {@link #getMessage()}: what the CLI prints, without the class name. */
    @Override
    public String toString() {
        return getMessage();
    }
}
