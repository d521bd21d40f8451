package org.anycastsim.core.host;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.kernel.Timer;
import org.anycastsim.core.metrics.EventLog;
import org.anycastsim.core.metrics.LogKind;
import org.anycastsim.core.net.ControlServer;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Topology;

/**
 * The monitor process on a PoP's control server. "A monitor process on a control server within the
 * data center attempts to reboot the box using the IPMI management interface and, if that fails, a
 * power cycle from the fancy power strip (PDU). After the monitor process has verified the box has
 * come back up cleanly, Bird is restarted and routes to the server are reinitiated."
 *
 * <p>Every probe interval it probes each server of its PoP over the data network; a probe is
 * answered when the box is up and a usable path leads to it ({@link PopReach}), and counts as
 * missed after the probe timeout; whether its switch and link answered is judged when the probe
 * is sent too, so that a repair during the timeout does not make a cut-off server look dead. After {@code missedProbes} misses in a row a server is lost, and
 * the agent decides why before it touches any power:
 * <ul>
 *   <li>its switch (or its link) is down or unreachable: it is cut off, not dead. The agent raises
 *       an ALERT and reboots nothing: the seed says a switch failure is for the networking team to
 *       "investigate and attempt a reboot" of the switch, not of healthy servers;</li>
 *   <li>more than {@code massVanishFraction} of the PoP's servers (and at least two) were lost in
 *       the same round while their switches answer: too many at once to be independent crashes.
 *       The agent suspects the network, raises an ALERT, and power-cycles none of them;</li>
 *   <li>otherwise it is dead: IPMI reboot, then PDU power cycle ({@link ServerWatch}).</li>
 * </ul>
 * When a silent server answers again and its BGP daemon is not running (it has just booted), the
 * agent verifies that every process runs and then starts the daemon, which re-announces.
 *
 * <p>It also aggregates the PoP's load for the servers' monitors ({@link PopCapacity}). The agent
 * stops probing while its own node is down. Two timers, re-armed, drive it.
 */
public final class ControlServerAgent implements PopCapacity {
    private final EventLog log;
    private final ControlServer node;
    private final ControlConfig config;
    private final LoadView load;
    private final ServerWatch[] watches;
    private final boolean[] answered;
    private final boolean[] attached;
    private final int[] lost;
    private final PopReach reach;
    private final Timer probeTimer;
    private final Timer timeoutTimer;
    private final long interval;
    private final long timeout;

    ControlServerAgent(Simulator simulator, Topology topology, EventLog log, ControlServer node, ControlConfig config,
            LoadView load, List<ServerHost> servers) {
        this.log = log;
        this.node = node;
        this.config = config;
        this.load = load;
        this.reach = new PopReach(topology, node);
        this.watches = new ServerWatch[servers.size()];
        for (int i = 0; i < watches.length; i++) {
            watches[i] = new ServerWatch(simulator, log, node, config, reach, servers.get(i));
        }
        this.answered = new boolean[watches.length];
        this.attached = new boolean[watches.length];
        this.lost = new int[watches.length];
        this.probeTimer = simulator.timer(this::probe);
        this.timeoutTimer = simulator.timer(this::probesTimedOut);
        this.interval = SimTime.seconds(config.probeIntervalSeconds());
        this.timeout = SimTime.seconds(config.probeTimeoutSeconds());
    }

    public ControlServer node() {
        return node;
    }

    public String pop() {
        return node.pop();
    }

    /** The servers it watches. */
    public List<ServerHost> servers() {
        List<ServerHost> out = new ArrayList<>(watches.length);
        for (ServerWatch w : watches) {
            out.add(w.host);
        }
        return out;
    }

    /** What it believes of a server of its PoP. */
    public WatchStatus status(Server server) {
        return watch(server).status;
    }

    /** First probe round at {@code time}. */
    void start(long time) {
        probeTimer.armAt(time);
    }

    /** An operator restores the box: the agent waits for it and verifies it, without IPMI or PDU. */
    void operatorRestores(Server server) {
        watch(server).operatorTakesOver();
    }

    @Override
    public double spareCapacityElsewhereRps(ServerHost self, double highWater) {
        double spare = 0;
        for (ServerWatch w : watches) {
            ServerHost h = w.host;
            if (h != self && w.status == WatchStatus.ALIVE && h.isUp() && h.routes().isDaemonRunning()) {
                spare += Math.max(0.0, highWater - load.utilisation(h.server().id())) * h.servingCapacityRps();
            }
        }
        return spare;
    }

    private void probe() {
        probeTimer.armAfter(interval);
        if (!node.isUp()) {
            return;
        }
        reach.compute();
        for (int i = 0; i < watches.length; i++) {
            ServerHost h = watches[i].host;
            answered[i] = !h.inService() || (h.isUp() && reach.reaches(h.server()));
            attached[i] = reach.attachmentReachable(h.server());
            if (answered[i] && h.inService()) {
                answer(watches[i]);
            }
        }
        timeoutTimer.armAfter(timeout);
    }

    private void answer(ServerWatch w) {
        w.missed = 0;
        switch (w.status) {
            case CUT_OFF, HELD -> log.log(LogKind.DETECTION, "reachable-again", w.host.server(),
                    w.host.name() + " answers " + node.name() + " again", Map.of("observer", node.name()));
            case RECOVERING, GIVEN_UP -> w.cancel();
            case ALIVE -> { }
        }
        w.status = WatchStatus.ALIVE;
        if (!w.host.routes().isDaemonRunning() && w.host.allProcessesRunning()) {
            log.log(LogKind.INFO, "verify", w.host.server(),
                    node.name() + " verified " + w.host.name() + " came back cleanly", Map.of("observer", node.name()));
            w.host.startDaemon(node.name());
        }
    }

    private void probesTimedOut() {
        int count = 0;
        for (int i = 0; i < watches.length; i++) {
            ServerWatch w = watches[i];
            if (answered[i]) {
                continue;
            }
            w.missed++;
            boolean newlyLost = w.status == WatchStatus.ALIVE && w.missed >= config.missedProbes();
            boolean deadAfterAll = w.status == WatchStatus.CUT_OFF && attached[i];
            if (newlyLost || deadAfterAll) {
                lost[count++] = i;
            }
        }
        if (count > 0) {
            classify(count);
        }
    }

    private void classify(int count) {
        List<ServerWatch> cut = new ArrayList<>();
        List<ServerWatch> dead = new ArrayList<>();
        Set<String> causes = new LinkedHashSet<>();
        for (int k = 0; k < count; k++) {
            ServerWatch w = watches[lost[k]];
            log.log(LogKind.DETECTION, "probe-timeout", w.host.server(), node.name() + " lost " + w.host.name() + ": "
                    + w.missed + " probes unanswered", Map.of("observer", node.name(), "missed", Integer.toString(w.missed)));
            if (attached[lost[k]]) {
                dead.add(w);
            } else {
                w.status = WatchStatus.CUT_OFF;
                cut.add(w);
                reach.describeCut(w.host.server(), causes);
            }
        }
        if (!cut.isEmpty()) {
            String names = names(cut);
            log.log(LogKind.ALERT, "servers-unreachable", node, names + " unreachable over the data network ("
                    + String.join(", ", causes) + "): not rebooting them; networking team alerted",
                    Map.of("servers", names, "cause", String.join(", ", causes)));
        }
        if (dead.size() >= 2 && dead.size() > config.massVanishFraction() * watches.length) {
            String names = names(dead);
            for (ServerWatch w : dead) {
                w.status = WatchStatus.HELD;
            }
            log.log(LogKind.ALERT, "mass-vanish", node, dead.size() + " of " + watches.length + " servers of "
                    + node.pop() + " vanished at once (" + names + "): suspecting the network, power-cycling none;"
                    + " operations team alerted", Map.of("servers", names));
            return;
        }
        for (ServerWatch w : dead) {
            w.beginRecovery();
        }
    }

    private static String names(List<ServerWatch> watches) {
        List<String> names = new ArrayList<>(watches.size());
        for (ServerWatch w : watches) {
            names.add(w.host.name());
        }
        return String.join(", ", names);
    }

    private ServerWatch watch(Server server) {
        for (ServerWatch w : watches) {
            if (w.host.server() == server) {
                return w;
            }
        }
        throw new IllegalArgumentException(server + " is not watched by " + node.name());
    }
}
