package org.anycastsim.core.bgp;

/**
 * The step of the decision process that separated the best route from the runner-up, in the
 * order the steps are applied. Steps from {@link #ROUTER_ID} on are tie-breakers below the
 * multipath boundary: a best route chosen by them usually shares an ECMP set with the runner-up.
 */
public enum DecisionReason {
    ONLY_ROUTE("only usable route"),
    WEIGHT("higher weight"),
    LOCAL_PREF("higher local preference"),
    LOCALLY_ORIGINATED("locally originated"),
    AS_PATH_LENGTH("shorter AS path"),
    ORIGIN("lower origin"),
    MED("lower MED"),
    EBGP_OVER_IBGP("eBGP over iBGP"),
    IGP_COST("lower IGP cost to next hop"),
    ROUTER_ID("lower router ID"),
    CLUSTER_LIST("shorter cluster list"),
    PEER_ADDRESS("lower peer address");

    private final String phrase;

    DecisionReason(String phrase) {
        this.phrase = phrase;
    }

    /** A short phrase for traces, e.g. "shorter AS path". */
    public String phrase() {
        return phrase;
    }

    /** Whether this step comes after the multipath boundary (after the IGP cost). */
    public boolean isTieBreak() {
        return ordinal() >= ROUTER_ID.ordinal();
    }
}
