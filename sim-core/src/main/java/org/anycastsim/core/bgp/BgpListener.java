package org.anycastsim.core.bgp;

import org.anycastsim.core.net.Prefix;

/** Observes the BGP layer: messages, best-path changes, session state (traces, metrics, convergence). */
public interface BgpListener {
    /** A message arrived at {@code at} (the receiving side's session) and is being processed. */
    default void messageReceived(long time, Session at, BgpMessage message) {}

    /** A message was sent on {@code from}; it may still be lost if the transport fails. */
    default void messageSent(long time, Session from, BgpMessage message) {}

    /** A speaker's decision for a prefix changed (best route or ECMP set); either side may be null. */
    default void bestPathChanged(long time, Speaker speaker, Prefix prefix, Decision before, Decision after) {}

    default void sessionStateChanged(long time, Session session, SessionState from, SessionState to, String reason) {}
}
