package org.anycastsim.scenarios.scenario.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields one kind of object in a scenario file accepts. The loader rejects any other field
 * (with a "did you mean"), and the JSON Schema's {@code $defs/<name>} must list exactly these
 * properties; a test keeps the two in step.
 *
 * @param name     the object's name, also its {@code $defs} entry in the schema
 * @param what     how messages call it ("a link")
 * @param required fields that must be present
 * @param optional fields that may be
 */
public record Shape(String name, String what, List<String> required, List<String> optional) {

    public Shape {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    /** Every accepted field, required first, in declaration order. */
    public List<String> fields() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return List.copyOf(all);
    }

    public boolean accepts(String field) {
        return required.contains(field) || optional.contains(field);
    }
}
