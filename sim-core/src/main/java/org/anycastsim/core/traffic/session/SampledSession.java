package org.anycastsim.core.traffic.session;

import org.anycastsim.core.net.Ipv4;

/**
 * A view of one open sampled session (the live state is kept column-wise in a session table;
 * this record is made only when someone asks).
 */
public record SampledSession(long id, SessionKind kind, String client, String service, int srcIp, int dstIp,
        int srcPort, int server, long startNanos, boolean stalled) {

    @Override
    public String toString() {
        return kind.label() + " #" + id + " " + client + " " + Ipv4.format(srcIp) + ":" + srcPort + " -> "
                + Ipv4.format(dstIp) + ":" + kind.port() + " on node " + server + (stalled ? " (stalled)" : "");
    }
}
