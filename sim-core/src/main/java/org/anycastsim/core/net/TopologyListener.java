package org.anycastsim.core.net;

/** Told when a link or a node changes state (BGP sessions, the IGP, traffic re-routing listen). */
public interface TopologyListener {
    default void linkChanged(Link link) {}

    default void nodeChanged(Node node) {}
}
