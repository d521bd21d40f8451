package org.anycastsim.core.forward;

import org.anycastsim.core.net.Prefix;

/** Told when a node's FIB entry for a prefix changed (traffic re-routes, sessions re-evaluate). */
@FunctionalInterface
public interface FibListener {
    void fibChanged(int nodeId, Prefix prefix);
}
