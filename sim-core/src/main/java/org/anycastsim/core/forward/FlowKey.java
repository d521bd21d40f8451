package org.anycastsim.core.forward;

import org.anycastsim.core.net.Ipv4;

/**
 * A transport flow's 5-tuple, the unit ECMP keeps on one path. Addresses are {@link Ipv4} ints;
 * ports are 0..65535 and the protocol is the IP protocol number (6 TCP, 17 UDP).
 *
 * <p>This record is for convenience (tests, samples, reports); the per-packet path hashes the
 * primitives directly with {@link FlowHash#hash(int, int, int, int, int, int)}.
 */
public record FlowKey(int srcIp, int dstIp, int srcPort, int dstPort, int protocol) {
    public static final int TCP = 6;
    public static final int UDP = 17;

    public FlowKey {
        if (srcPort < 0 || srcPort > 0xffff || dstPort < 0 || dstPort > 0xffff) {
            throw new IllegalArgumentException("port out of range: " + srcPort + ", " + dstPort);
        }
        if (protocol < 0 || protocol > 0xff) {
            throw new IllegalArgumentException("protocol out of range: " + protocol);
        }
    }

    /** A TCP flow from dotted-quad addresses, e.g. {@code tcp("192.0.2.7", 51000, "198.41.214.1", 443)}. */
    public static FlowKey tcp(String srcIp, int srcPort, String dstIp, int dstPort) {
        return new FlowKey(Ipv4.parse(srcIp), Ipv4.parse(dstIp), srcPort, dstPort, TCP);
    }

    /** This flow's hash at a router using {@code seed}. */
    public int hash(int seed) {
        return FlowHash.hash(srcIp, dstIp, srcPort, dstPort, protocol, seed);
    }

    @Override
    public String toString() {
        String proto = protocol == TCP ? "tcp" : protocol == UDP ? "udp" : "proto" + protocol;
        return proto + " " + Ipv4.format(srcIp) + ":" + srcPort + " -> " + Ipv4.format(dstIp) + ":" + dstPort;
    }
}
