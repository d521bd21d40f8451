package org.anycastsim.core.host;

import org.anycastsim.core.net.Prefix;

/**
 * The BGP daemon on a server (BIRD in the seed), as the host layer drives it: it is started and
 * dies with the box, and it announces or withdraws each service prefix with the server's own
 * weight as MED (lowest wins at the PoP router; equal weights share through ECMP). The BGP layer
 * implements it over its speakers.
 */
public interface BgpDaemon {
    /** Starts the daemon (after boot, or when the control server restarts it); it re-opens its session. */
    void start();

    /** Kills the daemon without a goodbye (it crashes with the server): the router notices by BFD or hold timer. */
    void kill();

    boolean isRunning();

    /** Announces (or re-announces with a new weight) a prefix, with {@code weight} as MED. */
    void announce(Prefix prefix, long weight);

    /** Withdraws a prefix. */
    void withdraw(Prefix prefix);

    boolean isAnnounced(Prefix prefix);
}
