package org.anycastsim.core.bgp;

import java.util.Locale;
import java.util.function.Consumer;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Prefix;

/**
 * The readable BGP trace for teaching: one line per received UPDATE prefix, per best-path change
 * (with the step of the decision process that decided) and per session coming up or going down.
 * <pre>
 * 12.030s LHR-r1 &lt;- AS1299 telia-LHR UPDATE 198.41.214.0/24 path [1299 13335]
 * 12.031s LHR-r1 best 198.41.214.0/24 now via telia-LHR (shorter AS path)
 * </pre>
 */
public final class BgpTextTrace implements BgpListener {
    private final Consumer<String> sink;
    private final boolean keepalives;

    /** @param keepalives also print OPEN and KEEPALIVE messages (noisy) */
    public BgpTextTrace(Consumer<String> sink, boolean keepalives) {
        this.sink = sink;
        this.keepalives = keepalives;
    }

    @Override
    public void messageReceived(long time, Session at, BgpMessage message) {
        String head = SimTime.format(time) + " " + at.local().node().name() + " <- " + peerLabel(at) + " ";
        if (message instanceof BgpMessage.Update u) {
            for (Prefix p : u.withdrawn()) {
                sink.accept(head + "WITHDRAW " + p);
            }
            for (Prefix p : u.announced()) {
                PathAttributes a = u.attributes();
                sink.accept(head + "UPDATE " + p + " path " + a.asPath()
                        + (a.hasMed() ? " med " + a.med() : "")
                        + (at.isEbgp() ? "" : " local-pref " + a.localPref()));
            }
        } else if (message instanceof BgpMessage.Notification n) {
            sink.accept(head + "NOTIFICATION " + n.code().text());
        } else if (keepalives) {
            sink.accept(head + (message instanceof BgpMessage.Open ? "OPEN" : "KEEPALIVE"));
        }
    }

    @Override
    public void bestPathChanged(long time, Speaker speaker, Prefix prefix, Decision before, Decision after) {
        if (!speaker.isRunning()) {
            return; // a dead daemon's RIB empties silently; its neighbours' reactions are what matter
        }
        StringBuilder line = new StringBuilder()
                .append(SimTime.format(time)).append(' ').append(speaker.node().name())
                .append(" best ").append(prefix).append(" now ");
        if (after == null) {
            line.append("none (no usable route)");
        } else {
            line.append(describe(speaker, after.best()));
            if (after.isMultipath()) {
                for (int i = 1; i < after.ecmp().size(); i++) {
                    line.append(", ").append(nextHopName(speaker, after.ecmp().get(i)));
                }
                line.append(String.format(Locale.ROOT, " (ECMP of %d", after.ecmp().size()));
                line.append(after.reason() == DecisionReason.ONLY_ROUTE ? ")" : "; " + after.reason().phrase() + ")");
            } else {
                line.append(" (").append(after.reason().phrase()).append(')');
            }
        }
        sink.accept(line.toString());
    }

    @Override
    public void sessionStateChanged(long time, Session session, SessionState from, SessionState to, String reason) {
        if (!session.local().isRunning()) {
            return;
        }
        if (to == SessionState.ESTABLISHED || (to == SessionState.IDLE && from == SessionState.ESTABLISHED)) {
            sink.accept(SimTime.format(time) + " " + session.local().node().name() + " session to "
                    + session.neighbour().node().name() + (to == SessionState.ESTABLISHED ? " established" : " down (" + reason + ")"));
        }
    }

    private static String describe(Speaker speaker, Route route) {
        if (route.source().isLocal()) {
            return "local (originated here)";
        }
        return "via " + nextHopName(speaker, route);
    }

    private static String nextHopName(Speaker speaker, Route route) {
        if (route.source().isLocal()) {
            return speaker.node().name();
        }
        // The session's neighbour names the route better than a /31 interface address.
        for (Session s : speaker.sessions()) {
            if (s.source() == route.source()) {
                return s.neighbour().node().name();
            }
        }
        return org.anycastsim.core.net.Ipv4.format(route.nextHop());
    }

    private static String peerLabel(Session at) {
        Node peer = at.neighbour().node();
        return at.isEbgp() ? "AS" + AsPath.formatAsn(peer.asn()) + " " + peer.name() : peer.name();
    }
}
