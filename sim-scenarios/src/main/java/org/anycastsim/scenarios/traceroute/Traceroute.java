package org.anycastsim.scenarios.traceroute;

import java.util.List;
import java.util.Objects;
import org.anycastsim.core.forward.Path;
import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Topology;

/**
 * One UDP packet's way through the model's current FIBs, hop by hop: what {@code traceroute}
 * shows. The packet leaves an eyeball network from the first host address of its client block
 * (a router from its loopback); ports and addresses feed the ECMP hash at every router, so
 * another source port may reach another server of the same PoP.
 */
public final class Traceroute {
    public static final int UDP = 17;
    /** The classic traceroute ports (UDP probes start at 33434). */
    public static final int DEFAULT_PORT = 33434;

    /**
     * A traced packet.
     *
     * @param from     where it started
     * @param srcIp    its source address
     * @param dstIp    its destination address
     * @param srcPort  its UDP source port
     * @param dstPort  its UDP destination port
     * @param service  the service answering on {@code dstIp}, or null
     * @param prefix   the most specific service prefix holding {@code dstIp}, or null
     * @param path     the hops, the source first (one-way delay 0)
     * @param atNanos  the simulated time of the trace
     */
    public record Result(Place from, int srcIp, int dstIp, int srcPort, int dstPort, String service, Prefix prefix,
            Path path, long atNanos) {
        public Result {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(path, "path");
        }

        /** The hops after the source, as traceroute numbers them (1 = the first router). */
        public List<Path.Hop> hops() {
            return path.hops().subList(1, path.hops().size());
        }

        /** The answering host, or null when the packet was not delivered. */
        public Node host() {
            return path.delivered() ? path.last() : null;
        }
    }

    private Traceroute() {}

    /** Traces a packet from {@code from} to {@code dstIp} through the model as it is now. */
    public static Result trace(AnycastModel model, Place from, int dstIp, int srcPort, int dstPort) {
        Topology t = model.topology();
        int srcIp = sourceAddress(from.node());
        Path path = model.paths().resolve(from.node(), srcIp, dstIp, srcPort, dstPort, UDP);
        return new Result(from, srcIp, dstIp, srcPort, dstPort, t.serviceOf(dstIp), servicePrefix(t, dstIp), path,
                model.simulator().now());
    }

    /** An eyeball network's first client address; any other node's loopback. */
    static int sourceAddress(Node node) {
        return node instanceof ClientNetwork c ? c.clientBlock().host(1) : node.address();
    }

    private static Prefix servicePrefix(Topology t, int ip) {
        Prefix best = null;
        for (Prefix p : t.allServicePrefixes()) {
            if (p.contains(ip) && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best;
    }
}
