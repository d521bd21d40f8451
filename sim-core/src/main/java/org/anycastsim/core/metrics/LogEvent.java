package org.anycastsim.core.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;

/**
 * One line of the event log: when, what kind, a short machine type ("process-crash"), where
 * (node and PoP, either may be null), a human sentence, and optional extra fields
 * (prefix, service, from, to, reason).
 */
public record LogEvent(long time, LogKind kind, String type, String node, String pop, String detail,
        Map<String, String> fields) {
    public LogEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
        // Sorted by key: Map.of's iteration order changes with every JVM start, and files must not.
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(fields));
    }
}
