package org.anycastsim.core.bgp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.anycastsim.core.bgp.BgpMessage.Keepalive;
import org.anycastsim.core.bgp.BgpMessage.Notification;
import org.anycastsim.core.bgp.BgpMessage.NotificationCode;
import org.anycastsim.core.bgp.BgpMessage.Open;
import org.anycastsim.core.bgp.BgpMessage.Update;
import org.anycastsim.core.bgp.policy.Policy;
import org.anycastsim.core.kernel.Event;
import org.anycastsim.core.kernel.RandomStream;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.kernel.Timer;
import org.anycastsim.core.net.Prefix;

/**
 * One speaker's side of a BGP session (its view of one neighbour): the finite state machine,
 * keepalive / hold / connect-retry / MRAI timers, the Adj-RIB-Out, and the queue of prefixes
 * whose advertisement must be re-evaluated.
 *
 * <p>Simplifications (see MODELLING-ASSUMPTIONS.md): the TCP handshake is one round trip; both
 * ends may open at once and simply both proceed (no RFC 4271 6.8 collision resolution is needed
 * because the model keeps one connection per pair); an OPEN arriving on an Established session
 * means the neighbour restarted, so the old session is closed first.
 */
public final class Session {
    /** The hold time while waiting for the neighbour's OPEN (RFC 4271 8.2.2 suggests 4 minutes). */
    static final long OPEN_SENT_HOLD_NANOS = 240_000_000_000L;

    private final BgpNetwork network;
    private final Speaker local;
    private Session remote;
    private final int index;
    private final Transport transport;
    private final boolean ebgp;
    private final Relationship relationship;
    private final boolean reflectorClient;
    private final RouteSource source;
    private final SessionTimers timers;
    private final RandomStream jitter;
    private Policy importPolicy;
    private Policy exportPolicy;

    private SessionState state = SessionState.IDLE;
    private long negotiatedHold;
    private long lastArrival;
    private final Timer connectRetry;
    private final Timer keepalive;
    private final Timer hold;
    private final Timer mrai;
    private final Timer flush;
    private final Timer bfdDetection;

    private final Map<Prefix, PathAttributes> adjRibOut = new TreeMap<>();
    private final TreeSet<Prefix> pending = new TreeSet<>();
    /** Prefixes whose new advertisement waits for the MRAI timer (RFC 4271 9.2.1.1). */
    private final TreeSet<Prefix> waitingForMrai = new TreeSet<>();
    /** The Adj-RIB-In before the import policy, kept for re-import when the policy changes. */
    private final TreeMap<Prefix, PathAttributes> learned = new TreeMap<>();

    Session(BgpNetwork network, Speaker local, int index, Transport transport, boolean ebgp,
            Relationship relationship, boolean reflectorClient, RouteSource source, SessionTimers timers,
            Policy importPolicy, Policy exportPolicy) {
        this.network = network;
        this.local = local;
        this.index = index;
        this.transport = transport;
        this.ebgp = ebgp;
        this.relationship = relationship;
        this.reflectorClient = reflectorClient;
        this.source = source;
        this.timers = timers;
        this.importPolicy = importPolicy;
        this.exportPolicy = exportPolicy;
        Simulator sim = network.simulator();
        // One stream per speaker (the component), shared by its sessions in a fixed order.
        this.jitter = local.jitter();
        this.connectRetry = sim.timer(this::connectRetryExpired);
        this.keepalive = sim.timer(this::sendKeepalive);
        this.hold = sim.timer(this::holdExpired);
        this.mrai = sim.timer(this::mraiExpired);
        this.flush = sim.timer(this::flushNow);
        this.bfdDetection = sim.timer(this::bfdDown);
    }

    void pairWith(Session other) {
        this.remote = other;
    }

    // ---- identity ----

    public Speaker local() {
        return local;
    }

    /** The neighbour's side of this session. */
    public Session remote() {
        return remote;
    }

    public Speaker neighbour() {
        return remote.local;
    }

    int index() {
        return index;
    }

    public boolean isEbgp() {
        return ebgp;
    }

    /** The neighbour's role as seen from this speaker (customer, peer, provider; NONE for iBGP). */
    public Relationship relationship() {
        return relationship;
    }

    /** Whether the neighbour is a route-reflector client of this speaker. */
    public boolean isReflectorClient() {
        return reflectorClient;
    }

    RouteSource source() {
        return source;
    }

    public SessionTimers timers() {
        return timers;
    }

    public SessionState state() {
        return state;
    }

    public boolean isEstablished() {
        return state == SessionState.ESTABLISHED;
    }

    /** This side's address on the session: the link interface, or the loopback for multi-hop. */
    public int localAddress() {
        return transport.isDirect() ? transport.link().addressOf(local.node()) : local.node().address();
    }

    Transport transport() {
        return transport;
    }

    public Policy importPolicy() {
        return importPolicy;
    }

    public Policy exportPolicy() {
        return exportPolicy;
    }

    /** Replaces the import policy and re-evaluates what the neighbour sent (a soft reset, RFC 2918 in spirit). */
    public void setImportPolicy(Policy policy) {
        this.importPolicy = policy;
        local.reimport(this);
    }

    /** Replaces the export policy and re-advertises every prefix under it. */
    public void setExportPolicy(Policy policy) {
        this.exportPolicy = policy;
        local.allPrefixes().forEach(this::markDirty);
    }

    /** What this side last advertised to the neighbour (its Adj-RIB-Out). */
    public Map<Prefix, PathAttributes> adjRibOut() {
        return Collections.unmodifiableMap(adjRibOut);
    }

    Map<Prefix, PathAttributes> learned() {
        return learned;
    }

    // ---- FSM ----

    /** ManualStart / AutomaticStart (RFC 4271 8.1.2): try to connect. */
    void start() {
        if (state != SessionState.IDLE || !local.isRunning()) {
            return;
        }
        setState(SessionState.CONNECT, "start");
        tryConnect();
    }

    private void tryConnect() {
        if (transport.available() && neighbour().isRunning()) {
            // The TCP handshake takes a round trip; then this side sends its OPEN.
            long rtt = 2 * transport.delayNanos();
            network.simulator().scheduleAfter(rtt, this::connected);
        } else {
            setState(SessionState.ACTIVE, "no connection");
            connectRetry.armAfter(jittered(timers.connectRetryNanos()));
        }
    }

    private void connected() {
        if (state == SessionState.CONNECT || state == SessionState.ACTIVE) {
            connectRetry.cancel();
            send(new Open(local.asn(), local.routerId(), timers.holdNanos()));
            setState(SessionState.OPEN_SENT, "connected");
            // RFC 4271 8.2.2: in OpenSent the hold timer runs with a large value (4 minutes suggested),
            // so an OPEN lost on the way cannot leave the session waiting forever.
            hold.armAfter(OPEN_SENT_HOLD_NANOS);
        }
    }

    private void connectRetryExpired() {
        if (state == SessionState.ACTIVE || state == SessionState.CONNECT) {
            setState(SessionState.CONNECT, "connect retry");
            tryConnect();
        } else if (state == SessionState.IDLE) {
            start();
        }
    }

    /** A message delivered by the transport. */
    void receive(BgpMessage message) {
        if (!local.isRunning()) {
            return;
        }
        network.messageReceived(this, message);
        if (message instanceof Update update) {
            receiveUpdate(update);
        } else if (message instanceof Keepalive) {
            receiveKeepalive();
        } else if (message instanceof Open open) {
            receiveOpen(open);
        } else if (message instanceof Notification n && state != SessionState.IDLE) {
            down("notification: " + n.code().text(), true);
        }
    }

    private void receiveOpen(Open open) {
        if (state == SessionState.ESTABLISHED || state == SessionState.OPEN_CONFIRM) {
            // The neighbour restarted and opens anew: the old session is gone.
            down("neighbour restarted", false);
        }
        negotiatedHold = Math.min(timers.holdNanos(), open.holdNanos());
        if (state == SessionState.IDLE || state == SessionState.CONNECT || state == SessionState.ACTIVE) {
            connectRetry.cancel();
            send(new Open(local.asn(), local.routerId(), timers.holdNanos()));
        }
        send(Keepalive.INSTANCE);
        setState(SessionState.OPEN_CONFIRM, "OPEN received");
        armHold();
    }

    private void receiveKeepalive() {
        if (state == SessionState.OPEN_CONFIRM) {
            setState(SessionState.ESTABLISHED, "KEEPALIVE received");
            armKeepalive();
            armHold();
            // Send the whole table to the new neighbour.
            local.allPrefixes().forEach(this::markDirty);
        } else if (state == SessionState.ESTABLISHED) {
            armHold();
        }
    }

    private void receiveUpdate(Update update) {
        if (state != SessionState.ESTABLISHED) {
            return;
        }
        armHold();
        for (Prefix p : update.withdrawn()) {
            if (learned.remove(p) != null) {
                local.routeWithdrawn(this, p);
            }
        }
        for (Prefix p : update.announced()) {
            learned.put(p, update.attributes());
            local.routeReceived(this, p, update.attributes());
        }
    }

    private void armHold() {
        if (negotiatedHold > 0) {
            hold.armAfter(negotiatedHold);
        }
    }

    private void armKeepalive() {
        if (negotiatedHold > 0) {
            long interval = Math.min(timers.keepaliveNanos(), negotiatedHold / 3);
            keepalive.armAfter(jittered(interval));
        }
    }

    private void sendKeepalive() {
        if (state == SessionState.ESTABLISHED) {
            send(Keepalive.INSTANCE);
            armKeepalive();
        }
    }

    private void holdExpired() {
        if (state == SessionState.OPEN_SENT || state == SessionState.OPEN_CONFIRM || state == SessionState.ESTABLISHED) {
            send(new Notification(NotificationCode.HOLD_TIMER_EXPIRED));
            down("hold timer expired", true);
        }
    }

    /** BFD saw the path or the neighbour fail (RFC 5882: the client tears the session down). */
    void scheduleBfdDetection(long delay) {
        if (timers.bfd() && state != SessionState.IDLE && !bfdDetection.isArmed()) {
            bfdDetection.armAfter(delay);
        }
    }

    void cancelBfdDetection() {
        bfdDetection.cancel();
    }

    private void bfdDown() {
        if (state == SessionState.IDLE || (transport.available() && neighbour().isRunning())) {
            return;
        }
        down("BFD down", true);
    }

    /** The directly connected link went down (fast external fallover). */
    void linkDown() {
        if (state != SessionState.IDLE) {
            down("link down", true);
        }
    }

    /**
     * Closes the session: routes learned from the neighbour are removed, the Adj-RIB-Out is
     * forgotten, and the session tries again after the connect-retry time.
     */
    void down(String reason, boolean retry) {
        SessionState before = state;
        stopAll();
        state = SessionState.IDLE;
        network.sessionStateChanged(this, before, SessionState.IDLE, reason);
        List<Prefix> lost = new ArrayList<>(learned.keySet());
        learned.clear();
        local.sessionLost(this, lost);
        if (retry && local.isRunning()) {
            connectRetry.armAfter(jittered(timers.connectRetryNanos()));
        }
    }

    /** The speaker died (crash, power loss): everything stops, the neighbour is not told. */
    void die() {
        stopAll();
        learned.clear();
        if (state != SessionState.IDLE) {
            SessionState before = state;
            state = SessionState.IDLE;
            network.sessionStateChanged(this, before, SessionState.IDLE, "speaker stopped");
        }
    }

    /** Stops every timer and forgets what was advertised or waiting to be. */
    private void stopAll() {
        keepalive.cancel();
        hold.cancel();
        mrai.cancel();
        flush.cancel();
        bfdDetection.cancel();
        connectRetry.cancel();
        adjRibOut.clear();
        pending.clear();
        waitingForMrai.clear();
    }

    private void setState(SessionState next, String reason) {
        SessionState before = state;
        state = next;
        if (before != next) {
            network.sessionStateChanged(this, before, next, reason);
        }
    }

    // ---- advertisement (Adj-RIB-Out, MRAI) ----

    /** The prefix's advertisement must be re-evaluated; sent at the end of this instant, or when MRAI allows. */
    void markDirty(Prefix prefix) {
        if (state != SessionState.ESTABLISHED) {
            return;
        }
        pending.add(prefix);
        if (!mrai.isArmed() || !timers.rateLimitWithdrawals()) {
            if (!flush.isArmed()) {
                flush.armAfter(0);
            }
        }
    }

    private void mraiExpired() {
        pending.addAll(waitingForMrai);
        waitingForMrai.clear();
        flushNow();
    }

    private void flushNow() {
        if (state != SessionState.ESTABLISHED || pending.isEmpty()) {
            return;
        }
        boolean mraiRunning = mrai.isArmed();
        List<Prefix> withdrawn = new ArrayList<>();
        Map<PathAttributes, List<Prefix>> groups = new LinkedHashMap<>();
        // Only the newly dirtied prefixes are looked at; those already waiting for MRAI are
        // evaluated once, when it expires (a change meanwhile dirties them again).
        for (Prefix p : pending) {
            PathAttributes out = local.exportTo(this, p);
            PathAttributes before = adjRibOut.get(p);
            if (out == null) {
                if (before == null) {
                    waitingForMrai.remove(p);
                } else if (mraiRunning && timers.rateLimitWithdrawals()) {
                    waitingForMrai.add(p);
                } else {
                    waitingForMrai.remove(p);
                    withdrawn.add(p);
                    adjRibOut.remove(p);
                }
            } else if (out.equals(before)) {
                waitingForMrai.remove(p);
            } else if (mraiRunning) {
                waitingForMrai.add(p);
            } else {
                waitingForMrai.remove(p);
                groups.computeIfAbsent(out, a -> new ArrayList<>()).add(p);
                adjRibOut.put(p, out);
            }
        }
        pending.clear();
        if (groups.isEmpty() && !withdrawn.isEmpty()) {
            send(new Update(withdrawn, null, List.of()));
        }
        boolean first = true;
        for (Map.Entry<PathAttributes, List<Prefix>> g : groups.entrySet()) {
            send(new Update(first ? withdrawn : List.of(), g.getKey(), g.getValue()));
            first = false;
        }
        boolean sentAnnouncements = !groups.isEmpty();
        boolean sentAnything = sentAnnouncements || !withdrawn.isEmpty();
        if (sentAnything) {
            // RFC 4271 9.2.1.1: MRAI spaces advertisements to a peer; jitter as in section 10.
            if (timers.mraiNanos() > 0 && (sentAnnouncements || timers.rateLimitWithdrawals()) && !mrai.isArmed()) {
                mrai.armAfter(jittered(timers.mraiNanos()));
            }
            armKeepalive();
        }
    }

    // ---- transport ----

    private void send(BgpMessage message) {
        network.messageSent(this, message);
        if (!transport.available()) {
            return;
        }
        long arrival = network.simulator().now() + transport.delayNanos() + network.processingDelayNanos();
        // TCP delivers in order, even when the path (and its delay) changed in between.
        arrival = Math.max(arrival, lastArrival);
        lastArrival = arrival;
        Session to = remote;
        network.simulator().schedule(arrival, new Delivery(to, message));
    }

    /** RFC 4271 section 10: timers are jittered by a factor uniform in [0.75, 1.0]. */
    private long jittered(long nanos) {
        return (long) (nanos * jitter.uniform(0.75, 1.0));
    }

    /** A message arriving at a session; a typed event. */
    private record Delivery(Session to, BgpMessage message) implements Event {
        @Override
        public void fire() {
            to.receive(message);
        }
    }

    @Override
    public String toString() {
        return local.node().name() + " -> " + remote.local.node().name();
    }
}
