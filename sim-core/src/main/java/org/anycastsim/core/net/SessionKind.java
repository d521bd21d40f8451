package org.anycastsim.core.net;

/** Whether a BGP session runs between two ASes (eBGP) or inside one (iBGP). */
public enum SessionKind {
    EBGP,
    IBGP
}
