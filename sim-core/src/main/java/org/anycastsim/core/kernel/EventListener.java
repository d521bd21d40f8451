package org.anycastsim.core.kernel;

/**
 * Observes every executed event (tracing, teaching, counting). When no listener is attached
 * the kernel's loop only tests one field for null, so the hook costs nothing measurable.
 */
@FunctionalInterface
public interface EventListener {
    void beforeEvent(long time, Event event);
}
