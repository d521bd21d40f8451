package org.anycastsim.core.bgp;

import java.util.Arrays;

/**
 * A speaker's state for one prefix: the routes each session delivered (its Adj-RIB-In after the
 * import policy, indexed by session), the route the speaker originates itself, and the current
 * decision (the Loc-RIB entry).
 */
final class PrefixState {
    Route[] fromSession;
    Route originated;
    Decision decision;

    PrefixState(int sessions) {
        fromSession = new Route[Math.max(1, sessions)];
    }

    void ensureCapacity(int sessions) {
        if (fromSession.length < sessions) {
            fromSession = Arrays.copyOf(fromSession, sessions);
        }
    }
}
