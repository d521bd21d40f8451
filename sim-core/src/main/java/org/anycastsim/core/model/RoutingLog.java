package org.anycastsim.core.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.anycastsim.core.bgp.BgpListener;
import org.anycastsim.core.bgp.BgpNetwork;
import org.anycastsim.core.bgp.BgpMessage;
import org.anycastsim.core.bgp.Decision;
import org.anycastsim.core.bgp.Route;
import org.anycastsim.core.bgp.Session;
import org.anycastsim.core.bgp.SessionState;
import org.anycastsim.core.bgp.Speaker;
import org.anycastsim.core.metrics.EventLog;
import org.anycastsim.core.metrics.LogKind;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.NodeKind;
import org.anycastsim.core.net.Prefix;

/**
 * Writes what BGP does into the event log in the seed's terms: a router noticing a lost session
 * (hold timer, BFD, link down), a router's forwarding for a service prefix moving ("SJC-r1 now
 * sends 198.41.214.0/24 to SJC-s04"), and a PoP router dropping a prefix out of the WAN anycast
 * pool or putting it back. Only service prefixes are logged.
 */
public final class RoutingLog implements BgpListener {
    private final EventLog log;
    private final BgpNetwork bgp;
    private final Set<Prefix> servicePrefixes;
    /** Per PoP router, the service prefixes it currently announces to the WAN. */
    private final Map<Node, Set<Prefix>> inWanPool = new HashMap<>();
    /** Per PoP router, the prefixes it has ever announced (the first announcement is start-up, not news). */
    private final Map<Node, Set<Prefix>> everAnnounced = new HashMap<>();

    public RoutingLog(EventLog log, BgpNetwork bgp) {
        this.log = log;
        this.bgp = bgp;
        this.servicePrefixes = new HashSet<>(bgp.topology().allServicePrefixes());
    }

    private static final Set<String> SESSION_LOSS = Set.of("hold-timer", "bfd", "link-down", "session-down");

    /** Whether an event-log entry is one of this class's lost-session detections. */
    public static boolean isSessionLoss(org.anycastsim.core.metrics.LogEvent e) {
        return e.kind() == LogKind.DETECTION && SESSION_LOSS.contains(e.type());
    }

    @Override
    public void sessionStateChanged(long time, Session session, SessionState from, SessionState to, String reason) {
        if (from != SessionState.ESTABLISHED || to != SessionState.IDLE || !session.local().isRunning()) {
            return;
        }
        String type = reason.startsWith("hold") ? "hold-timer" : reason.startsWith("BFD") ? "bfd"
                : reason.startsWith("link") ? "link-down" : "session-down";
        Node me = session.local().node();
        Node peer = session.neighbour().node();
        log.log(LogKind.DETECTION, type, me, me.name() + " lost its BGP session to " + peer.name() + " (" + reason + ")",
                Map.of("neighbour", peer.name(), "reason", reason));
    }

    @Override
    public void bestPathChanged(long time, Speaker speaker, Prefix prefix, Decision before, Decision after) {
        Node node = speaker.node();
        if (!servicePrefixes.contains(prefix) || !node.routes() || !speaker.isRunning()) {
            return;
        }
        String fromHops = nextHops(speaker, before);
        String toHops = nextHops(speaker, after);
        if (fromHops.equals(toHops)) {
            return;
        }
        String detail = toHops.isEmpty()
                ? node.name() + " has no route to " + prefix + " any more"
                : node.name() + " now sends " + prefix + " to " + toHops;
        log.log(LogKind.ROUTE_CHANGE, "route-change", node, detail,
                Map.of("prefix", prefix.toString(), "from", fromHops, "to", toHops));
    }

    @Override
    public void messageSent(long time, Session from, BgpMessage message) {
        Node node = from.local().node();
        if (!(message instanceof BgpMessage.Update u) || !from.isEbgp() || node.pop() == null
                || node.kind() != NodeKind.ROUTER) {
            return;
        }
        Set<Prefix> pool = inWanPool.computeIfAbsent(node, n -> new HashSet<>());
        for (Prefix p : u.withdrawn()) {
            if (servicePrefixes.contains(p) && !anyEbgpAdvertises(from.local(), p) && pool.remove(p)) {
                log.log(LogKind.WITHDRAW, "wan-withdraw", node, node.name() + " drops " + p
                        + " out of the WAN anycast pool", Map.of("prefix", p.toString(), "reason", "too few server routes"));
            }
        }
        for (Prefix p : u.announced()) {
            boolean again = !everAnnounced.computeIfAbsent(node, n -> new HashSet<>()).add(p);
            if (servicePrefixes.contains(p) && pool.add(p) && again) {
                log.log(LogKind.ANNOUNCE, "wan-announce", node, node.name() + " announces " + p + " to the WAN",
                        Map.of("prefix", p.toString()));
            }
        }
    }

    private static boolean anyEbgpAdvertises(Speaker speaker, Prefix p) {
        for (Session s : speaker.sessions()) {
            if (s.isEbgp() && s.adjRibOut().containsKey(p)) {
                return true;
            }
        }
        return false;
    }

    private String nextHops(Speaker speaker, Decision d) {
        if (d == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Route r : d.ecmp()) {
            Node nh = bgp.nextHopNode(speaker, r);
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(nh == null ? "?" : nh.name());
        }
        return out.toString();
    }
}
