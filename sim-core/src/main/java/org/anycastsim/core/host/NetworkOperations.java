package org.anycastsim.core.host;

import java.util.HashMap;
import java.util.Map;
import org.anycastsim.core.kernel.Distribution;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.metrics.EventLog;
import org.anycastsim.core.metrics.LogKind;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Switch;
import org.anycastsim.core.net.Topology;

/**
 * Failures and repairs of the network itself: switches, routers and links.
 *
 * <p>"Switch Crash: if a switch fails, all BGP routes to the servers behind the switch are
 * automatically withdrawn [...] Monitors both inside and outside the affected data center alert
 * our networking team who monitor the network 24/7 that there has been a switch failure so they
 * can investigate and attempt a reboot." A crash takes the node (or link) down in the topology,
 * which its listeners hear: the BGP layer loses the sessions over it (by BFD or hold timer, or,
 * for a router, with the router's own speaker), the traffic layer re-routes. This class logs the
 * FAILURE and the ALERT of the outside monitors at once, and schedules the networking team's
 * repair: after a draw from the kind's repair distribution (streams {@code net.<name>.repair}), or
 * after an explicit delay, or never ({@link SimTime#NEVER}).
 */
public final class NetworkOperations {
    private final Simulator simulator;
    private final Topology topology;
    private final EventLog log;
    private final RepairConfig config;
    private final Map<String, Distribution.Sampler> samplers = new HashMap<>();
    private final Map<Integer, Long> nodeRepairs = new HashMap<>();
    private final Map<Integer, Long> linkRepairs = new HashMap<>();

    public NetworkOperations(Simulator simulator, Topology topology, EventLog log, RepairConfig config) {
        this.simulator = simulator;
        this.topology = topology;
        this.log = log;
        this.config = config;
    }

    /** Crashes a switch; the networking team repairs it after a draw from the switch repair time. */
    public void crashSwitch(Switch sw) {
        if (sw.isUp()) {
            crashSwitch(sw, drawRepair(sw.name(), config.switchSeconds()));
        }
    }

    /** Crashes a switch, repaired after {@code repairAfterNanos} ({@link SimTime#NEVER}: not automatically). */
    public void crashSwitch(Switch sw, long repairAfterNanos) {
        crashNode(sw, "switch", repairAfterNanos);
    }

    public void restoreSwitch(Switch sw) {
        restoreNode(sw, "switch");
    }

    /** Crashes a router ("all BGP routes across the WAN are withdrawn for the data center"). */
    public void crashRouter(Router router) {
        if (router.isUp()) {
            crashRouter(router, drawRepair(router.name(), config.routerSeconds()));
        }
    }

    public void crashRouter(Router router, long repairAfterNanos) {
        crashNode(router, "router", repairAfterNanos);
    }

    public void restoreRouter(Router router) {
        restoreNode(router, "router");
    }

    /** Cuts a link; repaired after a draw from the link repair time. */
    public void cutLink(Link link) {
        if (link.isUp()) {
            cutLink(link, drawRepair(link.a().name() + "~" + link.b().name(), config.linkSeconds()));
        }
    }

    public void cutLink(Link link, long repairAfterNanos) {
        if (!link.isUp()) {
            return;
        }
        Map<String, String> fields = Map.of("link", link.toString());
        log.log(LogKind.FAILURE, "link-cut", link.a(), "link " + link + " cut", fields);
        topology.setLinkUp(link, false);
        log.log(LogKind.ALERT, "link-failure", link.a(), "monitors alert the networking team: link " + link + " down", fields);
        if (repairAfterNanos != SimTime.NEVER) {
            linkRepairs.put(link.id(), simulator.scheduleAfter(repairAfterNanos, () -> restoreLink(link)));
        }
    }

    public void restoreLink(Link link) {
        Long pending = linkRepairs.remove(link.id());
        if (pending != null) {
            simulator.cancel(pending);
        }
        if (link.isUp()) {
            return;
        }
        topology.setLinkUp(link, true);
        log.log(LogKind.REPAIR, "link-restore", link.a(), "link " + link + " restored", Map.of("link", link.toString()));
    }

    /** When the pending automatic repair of a node will happen, or {@link SimTime#NEVER}. */
    public long repairTime(Node node) {
        Long handle = nodeRepairs.get(node.id());
        return handle == null ? SimTime.NEVER : simulator.timeOf(handle);
    }

    private void crashNode(Node node, String kind, long repairAfterNanos) {
        if (!node.isUp()) {
            return;
        }
        // Log the failure first: what it sets off (sessions lost, routes moved) happens after it.
        log.log(LogKind.FAILURE, kind + "-crash", node, kind + " " + node.name() + " crashed");
        topology.setNodeUp(node, false);
        log.log(LogKind.ALERT, kind + "-failure", node,
                "monitors inside and outside " + (node.pop() == null ? "the network" : node.pop())
                        + " alert the networking team: " + kind + " failure of " + node.name());
        if (repairAfterNanos != SimTime.NEVER) {
            nodeRepairs.put(node.id(), simulator.scheduleAfter(repairAfterNanos, () -> restoreNode(node, kind)));
        }
    }

    private void restoreNode(Node node, String kind) {
        Long pending = nodeRepairs.remove(node.id());
        if (pending != null) {
            simulator.cancel(pending);
        }
        if (node.isUp()) {
            return;
        }
        topology.setNodeUp(node, true);
        log.log(LogKind.REPAIR, kind + "-repair", node, kind + " " + node.name() + " back up");
    }

    private long drawRepair(String name, Distribution distribution) {
        if (!config.automatic()) {
            return SimTime.NEVER;
        }
        return samplers.computeIfAbsent(name,
                n -> distribution.sampler(simulator.random().stream("net." + n + ".repair"))).sampleSecondsAsNanos();
    }
}
