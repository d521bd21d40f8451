package org.anycastsim.report.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of {@code events.jsonl}.
 *
 * @param t      simulated time, seconds
 * @param kind   what sort of event
 * @param type   a finer type, e.g. {@code process-crash}, or null
 * @param node   the node it happened at, or null
 * @param pop    the PoP of that node, or null
 * @param detail free text from the simulator, or null
 * @param fields further fields ({@code prefix}, {@code service}, {@code from}, {@code to},
 *               {@code reason}, ...) as text, in file order
 */
public record LogEvent(double t, EventKind kind, String type, String node, String pop,
                       String detail, Map<String, String> fields) {

    public static final String PREFIX = "prefix";
    public static final String SERVICE = "service";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String REASON = "reason";

    public LogEvent {
        Objects.requireNonNull(kind, "kind");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static LogEvent of(double t, EventKind kind, String type, String node, String pop, String detail) {
        return new LogEvent(t, kind, type, node, pop, detail, Map.of());
    }

    /** A copy with one more field (for building events fluently in the simulator and in tests). */
    public LogEvent with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(fields);
        more.put(name, value);
        return new LogEvent(t, kind, type, node, pop, detail, more);
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }
}
