package org.anycastsim.scenarios.sweep;

import java.util.Map;
import java.util.Objects;
import org.anycastsim.scenarios.scenario.source.Where;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.CrashRouter;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.CrashServer;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.CrashSwitch;

/**
 * An element a failure sweep can take down.
 *
 * @param label how the sweep's table names it: a PoP's code ({@code FRA}), else the node's name
 * @param kind  what it is
 * @param node  the node that crashes: the PoP's edge router for a PoP
 */
public record FailureTarget(String label, ElementKind kind, String node) {

    public FailureTarget {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(node, "node");
    }

    /**
     * The timeline action that crashes it at {@code atNanos}. {@code at} and {@code element} are
     * where the sweep file asks for the time and the element, so that a problem with the action
     * points at the sweep's lines rather than at the base scenario's.
     */
    public TimelineAction crash(long atNanos, Where sweepEntry, String at, String element) {
        String nodeField = switch (kind) {
            case POPS, ROUTERS -> "router";
            case SWITCHES -> "switch";
            case SERVERS -> "server";
        };
        Where where = new Where(sweepEntry.position(), Map.of("at", sweepEntry.at(at), nodeField,
                sweepEntry.at(element)));
        return switch (kind) {
            case POPS, ROUTERS -> new CrashRouter(atNanos, node, where);
            case SWITCHES -> new CrashSwitch(atNanos, node, where);
            case SERVERS -> new CrashServer(atNanos, node, where);
        };
    }
}
