package org.anycastsim.scenarios.importer;

/**
 * The business relationship on an inter-AS link, as CAIDA's serial-1 files encode it. It
 * decides which routes BGP exports over the link (Gao-Rexford: routes learned from a peer or
 * provider are only passed to customers), and hence which anycast site a client reaches.
 */
public enum Relationship {
    /** Serial-1 code -1: the first AS is a provider of the second (the second pays). */
    PROVIDER_TO_CUSTOMER(-1),
    /** Serial-1 code 0: settlement-free peers, which exchange only their customers' routes. */
    PEER_TO_PEER(0);

    private final int code;

    Relationship(int code) {
        this.code = code;
    }

    /** The code in the serial-1 file. */
    public int code() {
        return code;
    }
}
