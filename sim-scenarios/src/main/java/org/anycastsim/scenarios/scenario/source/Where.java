package org.anycastsim.scenarios.scenario.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.anycastsim.scenarios.input.InputException;

/**
 * The source positions of one object of a scenario file: the object itself and each field that
 * was written in it. Every model record carries one, so the validator (and later the runner) can
 * name the exact line and column of the value it objects to.
 *
 * @param position where the object starts; its field is the object's path
 * @param fields   where each written field's value starts, by field name
 */
public record Where(Position position, Map<String, Position> fields) {

    public Where {
        Objects.requireNonNull(position, "position");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** For records built in code: no file positions, only a name for messages. */
    public static Where synthetic(String source) {
        return new Where(Position.unknown(source), Map.of());
    }

    /**
     * Where {@code field}'s value is, or, for a field left out, the object itself reported under
     * the field's path (so that "missing" and "default" problems still point somewhere useful).
     */
    public Position at(String field) {
        Position p = fields.get(field);
        if (p != null) {
            return p;
        }
        String parent = position.field();
        return position.withField(parent == null || parent.isEmpty() ? field : parent + "." + field);
    }

    /**
     * This with one more position, e.g. of a key of a free-form mapping ({@code weights.SJC-s03})
     * so that a problem with that entry points at its line.
     */
    public Where with(String key, Position at) {
        Map<String, Position> more = new LinkedHashMap<>(fields);
        more.put(key, at);
        return new Where(position, more);
    }

    /** The path of the object, e.g. {@code timeline[3]}. */
    public String path() {
        return position.field();
    }

    /** An error about the whole object. */
    public InputException error(String detail) {
        return position.error(detail);
    }

    /** An error about one of its fields. */
    public InputException error(String field, String detail) {
        return at(field).error(detail);
    }

    /** Just the position: the field map would drown a record's toString. */
    @Override
    public String toString() {
        return position.toString();
    }
}
