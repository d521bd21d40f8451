package org.anycastsim.core.traffic.session;

import org.anycastsim.core.forward.FlowKey;

/**
 * The three kinds of sampled sessions. DNS is a single UDP request and response: it holds no state
 * on the server, so a routing change can never break it (a retry may simply land elsewhere).
 * HTTP and HTTPS ride on TCP connections, which live on one server: a connection whose packets
 * start arriving at another server is reset. TLS adds one handshake round trip to TCP's.
 */
public enum SessionKind {
    DNS(FlowKey.UDP, 53, 0, false, "dns-udp"),
    HTTP(FlowKey.TCP, 80, 1, true, "http-tcp"),
    HTTPS(FlowKey.TCP, 443, 2, true, "https-tls");

    private final int protocol;
    private final int port;
    private final int handshakeRtts;
    private final boolean connection;
    private final String label;

    SessionKind(int protocol, int port, int handshakeRtts, boolean connection, String label) {
        this.protocol = protocol;
        this.port = port;
        this.handshakeRtts = handshakeRtts;
        this.connection = connection;
        this.label = label;
    }

    /** IP protocol number (17 UDP, 6 TCP). */
    public int protocol() {
        return protocol;
    }

    /** The service's well-known destination port. */
    public int port() {
        return port;
    }

    /** Round trips before the first request can be sent: 0 for DNS, 1 for TCP, 2 for TCP + TLS. */
    public int handshakeRtts() {
        return handshakeRtts;
    }

    /** Whether the session holds connection state on its server (and so can break). */
    public boolean isConnection() {
        return connection;
    }

    public String label() {
        return label;
    }
}
