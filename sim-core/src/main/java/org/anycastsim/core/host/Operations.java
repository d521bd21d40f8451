package org.anycastsim.core.host;

import java.util.Map;
import org.anycastsim.core.metrics.EventLog;
import org.anycastsim.core.metrics.LogKind;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Switch;

/**
 * The failure and repair actions a scenario's timeline calls, each logged at the current simulated
 * time. Process and server actions go to the {@link ServerHost}s (their monitors and control
 * servers react as the seed describes); switch, router and link actions to
 * {@link NetworkOperations}.
 */
public final class Operations {
    private final Hosts hosts;
    private final NetworkOperations network;
    private final EventLog log;

    Operations(Hosts hosts, NetworkOperations network, EventLog log) {
        this.hosts = hosts;
        this.network = network;
        this.log = log;
    }

    /** The process dies; the server's monitor notices at its next checks. */
    public void crashProcess(Server server, String service) {
        ServerHost h = hosts.host(server);
        h.crashProcess(h.catalog().requireIndex(service));
    }

    /** Restarts a process by hand (the monitor then verifies it and re-announces as usual). */
    public void restartProcess(Server server, String service) {
        ServerHost h = hosts.host(server);
        h.restartProcess(h.catalog().requireIndex(service), "operator");
    }

    /** The box crashes, its BGP daemon with it; the control server notices by its probes. */
    public void crashServer(Server server) {
        hosts.host(server).crash();
    }

    /**
     * Power on and boot a crashed or powered-off box (no-op for one that is up or booting); the
     * control server verifies it when it answers and starts its BGP daemon.
     */
    public void restoreServer(Server server) {
        ServerHost h = hosts.host(server);
        if (h.hardware() == HardwareState.UP || h.hardware() == HardwareState.BOOTING) {
            return;
        }
        log.log(LogKind.INFO, "restore-server", server, "operator powers on " + server.name());
        ControlServerAgent agent = hosts.agent(server.pop());
        if (agent != null) {
            agent.operatorRestores(server);
        }
        h.boot("operator");
    }

    public void crashSwitch(Switch sw) {
        network.crashSwitch(sw);
    }

    /** Crashes a switch, repaired after {@code repairAfterNanos} ({@code SimTime.NEVER}: only by {@link #restoreSwitch}). */
    public void crashSwitch(Switch sw, long repairAfterNanos) {
        network.crashSwitch(sw, repairAfterNanos);
    }

    public void restoreSwitch(Switch sw) {
        network.restoreSwitch(sw);
    }

    public void crashRouter(Router router) {
        network.crashRouter(router);
    }

    public void crashRouter(Router router, long repairAfterNanos) {
        network.crashRouter(router, repairAfterNanos);
    }

    public void restoreRouter(Router router) {
        network.restoreRouter(router);
    }

    public void cutLink(Link link) {
        network.cutLink(link);
    }

    public void cutLink(Link link, long repairAfterNanos) {
        network.cutLink(link, repairAfterNanos);
    }

    public void restoreLink(Link link) {
        network.restoreLink(link);
    }

    /** Sets the server's weight (MED) for a prefix; an announced prefix is re-announced with it. */
    public void setWeight(Server server, Prefix prefix, long weight) {
        ServerHost h = hosts.host(server);
        log.log(LogKind.INFO, "set-weight", server, "weight of " + server.name() + " for " + prefix + " set to " + weight,
                Map.of("prefix", prefix.toString(), "weight", Long.toString(weight)));
        h.setWeight(prefix, weight);
    }

    /** Injects extra load on a server ({@code 0} removes it); {@link HostView#extraLoadRps} reports it. */
    public void overloadServer(Server server, double extraRps) {
        hosts.host(server).setExtraLoadRps(extraRps);
    }

    public NetworkOperations network() {
        return network;
    }
}
