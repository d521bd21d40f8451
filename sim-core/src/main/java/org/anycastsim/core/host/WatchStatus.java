package org.anycastsim.core.host;

/** What a PoP's control server thinks of one of its servers. */
public enum WatchStatus {
    /** Answers probes (or has not missed enough of them yet). */
    ALIVE,
    /** Silent, but its switch or link is down: cut off, not dead. Not rebooted; the team is alerted. */
    CUT_OFF,
    /** Silent together with too many others at once: the network is suspected; escalated, not rebooted. */
    HELD,
    /** Declared dead: IPMI reboot, then PDU power cycle, until it answers again. */
    RECOVERING,
    /** Neither IPMI nor the PDU brought it back: waits for hands on site (an explicit restore). */
    GIVEN_UP
}
