package org.anycastsim.core.host;

/** What the monitor daemon thinks of one process. */
public enum CheckState {
    /** The last check passed (or it never failed). */
    HEALTHY,
    /** It failed some checks, fewer than the threshold; its prefixes are still announced. */
    SUSPECT,
    /** Declared down: its prefixes are withdrawn; restarted and awaiting enough passing checks. */
    RECOVERING
}
