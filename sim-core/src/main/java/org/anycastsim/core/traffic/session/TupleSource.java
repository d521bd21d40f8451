package org.anycastsim.core.traffic.session;

import org.anycastsim.core.kernel.RandomStream;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.traffic.demand.Demand;

/**
 * Draws the 5-tuples of sampled sessions: a random host address of the client network's block, an
 * ephemeral source port uniform in 32768–60999 (Linux's default {@code ip_local_port_range}), a
 * random host address of the service prefix. Addresses and sizes are precomputed per client and
 * prefix index, so a draw is a few array reads and one random number each.
 */
final class TupleSource {
    static final int EPHEMERAL_LOW = 32768;
    static final int EPHEMERAL_HIGH = 60999;

    private final RandomStream random;
    private final int[] clientNode;
    private final int[] clientBase;
    private final int[] clientHosts;
    private final int[] prefixBase;
    private final int[] prefixHosts;

    TupleSource(Demand demand, RandomStream random) {
        this.random = random;
        int n = demand.clientCount();
        clientNode = new int[n];
        clientBase = new int[n];
        clientHosts = new int[n];
        for (int c = 0; c < n; c++) {
            ClientNetwork client = demand.client(c);
            clientNode[c] = client.id();
            clientBase[c] = client.clientBlock().address();
            clientHosts[c] = hostCount(client.clientBlock());
        }
        int p = demand.prefixCount();
        prefixBase = new int[p];
        prefixHosts = new int[p];
        for (int i = 0; i < p; i++) {
            prefixBase[i] = demand.prefix(i).address();
            prefixHosts[i] = hostCount(demand.prefix(i));
        }
    }

    /** Usable host addresses: all but the network and broadcast addresses when there are more than two. */
    private static int hostCount(Prefix p) {
        long size = 1L << (32 - p.length());
        return (int) Math.min(Integer.MAX_VALUE, size > 2 ? size - 2 : size);
    }

    /** The node id of a client network (where its packets enter the network). */
    int sourceNode(int client) {
        return clientNode[client];
    }

    int sourceAddress(int client) {
        return clientBase[client] + (clientHosts[client] > 2 ? 1 + random.nextInt(clientHosts[client]) : 0);
    }

    int destinationAddress(int prefix) {
        return prefixBase[prefix] + (prefixHosts[prefix] > 2 ? 1 + random.nextInt(prefixHosts[prefix]) : 0);
    }

    int ephemeralPort() {
        return EPHEMERAL_LOW + random.nextInt(EPHEMERAL_HIGH - EPHEMERAL_LOW + 1);
    }

    /** The first address of a prefix (to test whether a FIB change's prefix covers it). */
    int prefixAddress(int prefix) {
        return prefixBase[prefix];
    }
}
