package org.anycastsim.scenarios.run;

/**
 * An action of the timeline that changed the network (every action but snapshots), as the run
 * measured it.
 *
 * @param index      the action's position in the scenario's timeline (expectations refer to it)
 * @param atNanos    when it happened
 * @param action     the action's name, e.g. {@code crash-server}
 * @param target     what it acted on, e.g. {@code SJC-s03/dns}
 */
public record InjectedEvent(int index, long atNanos, String action, String target) {}
