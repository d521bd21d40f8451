package org.anycastsim.core.host;

/**
 * The state of a server's hardware. Only an {@link #UP} box runs processes, answers probes and
 * forwards packets; the seed's "Server Crash" scenario moves it through the others: "a monitor
 * process on a control server within the data center attempts to reboot the box using the IPMI
 * management interface and, if that fails, a power cycle from the fancy power strip (PDU)".
 */
public enum HardwareState {
    /** Running: processes may serve, the BGP daemon may run. */
    UP,
    /** Crashed or hung: powered but doing nothing, until an IPMI reset or a power cycle. */
    CRASHED,
    /** Booting after a reset or a power-on; serves nothing yet. */
    BOOTING,
    /** Power off (the PDU outlet is off, or an operator turned it off). */
    POWERED_OFF
}
