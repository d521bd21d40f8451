package org.anycastsim.scenarios.scenario.timeline;

/** What a {@code snapshot} action records. */
public enum SnapshotKind {
    /** Which client networks reach which PoP. */
    CATCHMENT,
    /** The BGP RIBs of the chosen routers. */
    RIB,
    /** The forwarding tables of the chosen routers. */
    FIB
}
