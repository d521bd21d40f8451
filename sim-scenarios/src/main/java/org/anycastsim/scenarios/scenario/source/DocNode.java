package org.anycastsim.scenarios.scenario.source;

import java.util.List;
import java.util.Optional;

/**
 * A value of a YAML or JSON document with its position: an object, an array or a scalar. It is
 * a plain data tree, built from the parser's tokens, that never instantiates anything a file
 * names (no YAML tags, no polymorphic types), and that keeps what Jackson's own tree drops: the
 * line and column of every key and value.
 */
public sealed interface DocNode {

    Position position();

    /** What the node is, for "expected X, got Y" messages. */
    String describe();

    /** A mapping, its entries in file order. */
    record DocObject(Position position, List<Entry> entries) implements DocNode {
        public DocObject {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One key of a mapping, where the key is written, and its value. */
    record Entry(String key, Position keyPosition, DocNode value) {}

    /** A sequence. */
    record DocArray(Position position, List<DocNode> items) implements DocNode {
        public DocArray {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar as written, with the type the parser gave it. */
    record DocScalar(Position position, Kind kind, String text) implements DocNode {

        /** Scalar types. YAML 1.1 spellings such as {@code NO} or {@code on} are strings here (YAML 1.2). */
        public enum Kind {
            STRING, INTEGER, DECIMAL, BOOLEAN, NULL
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "the text '" + text + "'";
                case INTEGER, DECIMAL -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "no value";
            };
        }
    }
}
