package org.anycastsim.scenarios.scenario.source;

import java.util.Objects;
import org.anycastsim.scenarios.input.InputException;

/**
 * Where a value sits in a scenario file: the file as the user named it, a 1-based line and
 * column, and the field's path such as {@code topology.links[2].delay} (null for the document
 * itself). Kept on the model so that a problem found later, even while the scenario runs, can
 * still point at the line that caused it.
 */
public record Position(String source, int line, int column, String field) {

    public Position {
        Objects.requireNonNull(source, "source");
    }

    /** A position for a value made in code rather than read from a file. */
    public static Position unknown(String source) {
        return new Position(source, 0, 0, null);
    }

    /** The same place, reported as {@code field}. */
    public Position withField(String field) {
        return new Position(source, line, column, field);
    }

    /** An input error at this position: {@code file:line:col: field 'path': detail}. */
    public InputException error(String detail) {
        return new InputException(source, line, column, field, detail);
    }

    @Override
    public String toString() {
        return source + ":" + line + ":" + column + (field == null ? "" : " (" + field + ")");
    }
}
