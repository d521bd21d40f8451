package org.anycastsim.core.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.net.Node;

/**
 * The run's event log: every failure, detection, withdrawal, announcement, route change, repair
 * and alert, in time order (the kernel's clock only moves forward, so appending keeps the order).
 * Listeners (a live trace on the console, the convergence tracker) see each entry as it is added.
 */
public final class EventLog {
    private final Simulator simulator;
    private final List<LogEvent> events = new ArrayList<>();
    private final List<Consumer<LogEvent>> listeners = new ArrayList<>();

    public EventLog(Simulator simulator) {
        this.simulator = simulator;
    }

    /** Logs at the current simulated time. */
    public LogEvent log(LogKind kind, String type, Node node, String detail) {
        return log(kind, type, node, detail, Map.of());
    }

    public LogEvent log(LogKind kind, String type, Node node, String detail, Map<String, String> fields) {
        return add(new LogEvent(simulator.now(), kind, type, node == null ? null : node.name(),
                node == null ? null : node.pop(), detail, fields));
    }

    public LogEvent add(LogEvent event) {
        events.add(event);
        for (Consumer<LogEvent> l : listeners) {
            l.accept(event);
        }
        return event;
    }

    public void addListener(Consumer<LogEvent> listener) {
        listeners.add(listener);
    }

    public List<LogEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Entries of one kind, in time order. */
    public List<LogEvent> ofKind(LogKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    public int size() {
        return events.size();
    }
}
