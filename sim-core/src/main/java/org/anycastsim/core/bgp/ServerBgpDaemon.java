package org.anycastsim.core.bgp;

import org.anycastsim.core.host.BgpDaemon;
import org.anycastsim.core.net.Prefix;

/**
 * BIRD on a server, as the host layer drives it: a speaker whose only routes are the service
 * prefixes it originates, each with the server's weight as MED and its loopback as NEXT_HOP.
 * What it announces survives a restart of the daemon (its configuration), but a dead daemon
 * announces nothing.
 */
public final class ServerBgpDaemon implements BgpDaemon {
    private final Speaker speaker;

    public ServerBgpDaemon(Speaker speaker) {
        this.speaker = speaker;
    }

    @Override
    public void start() {
        speaker.start();
    }

    @Override
    public void kill() {
        speaker.kill();
    }

    @Override
    public boolean isRunning() {
        return speaker.isRunning();
    }

    @Override
    public void announce(Prefix prefix, long weight) {
        speaker.originate(prefix, PathAttributes.of(AsPath.EMPTY, Origin.IGP, speaker.node().address()).withMed(weight));
    }

    @Override
    public void withdraw(Prefix prefix) {
        speaker.stopOriginating(prefix);
    }

    @Override
    public boolean isAnnounced(Prefix prefix) {
        return speaker.originates(prefix);
    }

    public Speaker speaker() {
        return speaker;
    }
}
