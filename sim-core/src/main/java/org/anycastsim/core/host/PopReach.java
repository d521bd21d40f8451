package org.anycastsim.core.host;

import java.util.List;
import java.util.Set;
import org.anycastsim.core.net.ControlServer;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.NodeKind;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Topology;

/**
 * Which nodes of a PoP the control server reaches over the data network now: a breadth-first
 * search from the control server over usable links, inside the PoP, through switches and routers
 * (servers and control servers do not forward). Arrays are allocated once; a search allocates
 * nothing.
 */
final class PopReach {
    private final Topology topology;
    private final ControlServer origin;
    private final boolean[] inPop;
    private final boolean[] reached;
    private final int[] queue;
    private int reachedCount;

    PopReach(Topology topology, ControlServer origin) {
        this.topology = topology;
        this.origin = origin;
        this.inPop = new boolean[topology.nodeCount()];
        int members = 0;
        for (Node n : topology.popNodes(origin.pop())) {
            inPop[n.id()] = true;
            members++;
        }
        this.reached = new boolean[topology.nodeCount()];
        this.queue = new int[members];
    }

    /** Recomputes the reachable set. */
    void compute() {
        for (int i = 0; i < reachedCount; i++) {
            reached[queue[i]] = false;
        }
        reachedCount = 0;
        if (!origin.isUp()) {
            return;
        }
        reached[origin.id()] = true;
        queue[reachedCount++] = origin.id();
        for (int head = 0; head < reachedCount; head++) {
            Node u = topology.node(queue[head]);
            if (u != origin && (u.kind() == NodeKind.SERVER || u.kind() == NodeKind.CONTROL_SERVER)) {
                continue;
            }
            List<Link> links = topology.linksOf(u);
            for (int k = 0; k < links.size(); k++) {
                Link link = links.get(k);
                Node v = link.other(u);
                if (link.isUsable() && inPop[v.id()] && !reached[v.id()]) {
                    reached[v.id()] = true;
                    queue[reachedCount++] = v.id();
                }
            }
        }
    }

    /** Whether a probe to the server gets through (the server itself up included). */
    boolean reaches(Server server) {
        return reached[server.id()];
    }

    /**
     * Whether the server's attachment is fine: some link of the server is up and leads to a node
     * that is up and reached. If not, a silent server is cut off, not necessarily dead.
     */
    boolean attachmentReachable(Server server) {
        List<Link> links = topology.linksOf(server);
        for (int k = 0; k < links.size(); k++) {
            Link link = links.get(k);
            Node other = link.other(server);
            if (link.isUp() && other.isUp() && reached[other.id()]) {
                return true;
            }
        }
        return false;
    }

    /** Adds why the server's attachment is unreachable ("SJC-sw1 down", "link ... cut"). */
    void describeCut(Server server, Set<String> causes) {
        if (!origin.isUp()) {
            causes.add(origin.name() + " down");
            return;
        }
        for (Link link : topology.linksOf(server)) {
            Node other = link.other(server);
            if (!link.isUp()) {
                causes.add("link " + link + " cut");
            } else if (!other.isUp()) {
                causes.add(other.name() + " down");
            } else if (!reached[other.id()]) {
                causes.add(other.name() + " unreachable");
            }
        }
    }
}
