package org.anycastsim.scenarios.scenario.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.anycastsim.scenarios.scenario.source.DocNode;
import org.anycastsim.scenarios.scenario.source.DocNode.DocArray;
import org.anycastsim.scenarios.scenario.source.DocNode.DocObject;
import org.anycastsim.scenarios.scenario.source.DocNode.DocScalar;
import org.anycastsim.scenarios.scenario.source.DocNode.Entry;
import org.anycastsim.scenarios.scenario.source.Position;
import org.anycastsim.scenarios.scenario.source.Problems;
import org.anycastsim.scenarios.scenario.source.Suggestions;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * Reads the fields of one object of a known {@link Shape}. On creation it reports unknown fields
 * (with a "did you mean") and missing required ones; each typed getter reports a bad value and
 * returns a placeholder, so reading goes on and every mistake is found in one pass.
 * {@link #build} then makes the record only if nothing in this object (or below it) was wrong;
 * the placeholders never reach the model. Public so that other file formats built on scenarios
 * (sweep files) read their own objects the same way and report problems in the same form.
 */
public final class Fields {

    private final Problems problems;
    private final DocNode node;
    private final Shape shape;
    private final Map<String, DocNode> values = new LinkedHashMap<>();
    /** Positions of the keys of free-form mappings below this object, e.g. {@code weights.SJC-s03}. */
    private final Map<String, Position> keys = new LinkedHashMap<>();
    private final int mark;

    public Fields(Problems problems, DocNode node, Shape shape) {
        this.problems = problems;
        this.node = node;
        this.shape = shape;
        this.mark = problems.size();
        if (!(node instanceof DocObject object)) {
            problems.add(node.position(), "expected " + shape.what() + " (a mapping of fields), got " + node.describe());
            return;
        }
        for (Entry e : object.entries()) {
            if (!shape.accepts(e.key())) {
                problems.add(e.keyPosition(), unknown(e.key()));
            } else if (!(e.value() instanceof DocScalar s && s.isNull())) {
                values.put(e.key(), e.value()); // an empty value counts as left out
            }
        }
        for (String required : shape.required()) {
            if (!values.containsKey(required)) {
                problems.add(where().at(required), "missing; " + shape.what() + " needs "
                        + String.join(", ", shape.required()));
            }
        }
    }

    private String unknown(String key) {
        if (key.endsWith(")")) {
            // {restart: lognormal(1.5s, 0.3)}: YAML ends the value at the comma and reads "0.3)" as a key.
            return "unknown field; this looks like the end of a value cut at a comma inside {...}: quote that value";
        }
        String hint = Suggestions.didYouMean(key, shape.fields());
        if (!hint.isEmpty()) {
            return "unknown field" + hint;
        }
        return "unknown field; " + shape.what() + " takes " + String.join(", ", shape.fields());
    }

    public Problems problems() {
        return problems;
    }

    public DocNode node() {
        return node;
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    public Optional<DocNode> node(String field) {
        return Optional.ofNullable(values.get(field));
    }

    /** Where the object and each of its fields are. */
    public Where where() {
        Map<String, Position> at = new LinkedHashMap<>();
        values.forEach((k, v) -> at.put(k, v.position()));
        at.putAll(keys);
        return new Where(node.position(), at);
    }

    /** Whether this object, and everything read below it, was free of problems. */
    public boolean ok() {
        return problems.size() == mark;
    }

    /** The record, or null if anything in this object was wrong. */
    public <T> T build(Supplier<T> record) {
        return ok() ? record.get() : null;
    }

    /** A required field; null if missing or bad (both already reported). */
    public <T> T get(String field, Function<DocNode, T> conversion) {
        return opt(field, conversion).orElse(null);
    }

    public <T> Optional<T> opt(String field, Function<DocNode, T> conversion) {
        DocNode value = values.get(field);
        if (value == null) {
            return Optional.empty();
        }
        return convert(value, conversion);
    }

    private <T> Optional<T> convert(DocNode value, Function<DocNode, T> conversion) {
        try {
            return Optional.ofNullable(conversion.apply(value));
        } catch (Invalid e) {
            problems.add(e.problem());
            return Optional.empty();
        }
    }

    public long getLong(String field, Function<DocNode, Long> conversion, long placeholder) {
        return opt(field, conversion).orElse(placeholder);
    }

    public OptionalLong optLong(String field, Function<DocNode, Long> conversion) {
        return opt(field, conversion).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    public OptionalInt optInt(String field, Function<DocNode, Integer> conversion) {
        return opt(field, conversion).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    public OptionalDouble optDouble(String field, Function<DocNode, Double> conversion) {
        return opt(field, conversion).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    public boolean bool(String field, boolean absent) {
        return opt(field, Values::bool).orElse(absent);
    }

    /** A list field: each item converted, bad items reported one by one; empty when absent. */
    public <T> List<T> list(String field, Function<DocNode, T> item) {
        DocNode value = values.get(field);
        return value == null ? List.of() : items(problems, value, item);
    }

    /** The items of a list node, each converted; bad items are reported one by one. */
    public static <T> List<T> items(Problems problems, DocNode value, Function<DocNode, T> item) {
        if (!(value instanceof DocArray array)) {
            String hint = value instanceof DocScalar s ? " (write [" + s.text() + "] for a list of one)" : "";
            problems.add(value.position(), "expected a list, got " + value.describe() + hint);
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (DocNode n : array.items()) {
            try {
                T t = item.apply(n);
                if (t != null) {
                    out.add(t);
                }
            } catch (Invalid e) {
                problems.add(e.problem());
            }
        }
        return out;
    }

    /** The entries of a mapping field (free keys, e.g. service names); empty when absent. */
    public List<Entry> entries(String field) {
        DocNode value = values.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof DocObject object)) {
            problems.add(value.position(), "expected a mapping, got " + value.describe());
            return List.of();
        }
        object.entries().forEach(e -> keys.put(field + "." + e.key(), e.keyPosition()));
        return object.entries();
    }

    /** Converts a value that is not a field of this object (a map entry's value) and reports a bad one. */
    public <T> Optional<T> value(DocNode value, Function<DocNode, T> conversion) {
        return convert(value, conversion);
    }
}
