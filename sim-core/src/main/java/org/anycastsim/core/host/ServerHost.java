package org.anycastsim.core.host;

import java.util.Map;
import org.anycastsim.core.kernel.Distribution;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.kernel.Timer;
import org.anycastsim.core.metrics.EventLog;
import org.anycastsim.core.metrics.LogKind;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Topology;

/**
 * One white-box server: its hardware state, its service processes, its BGP daemon (with the
 * routes it announces) and its monitor daemon.
 *
 * <p>The hardware state is mirrored in the topology: the {@link Server} node is up only while the
 * box is {@link HardwareState#UP} (a crashed, booting or powered-off box forwards and answers
 * nothing). "If a whole server crashes, Bird crashes along with it": the daemon is killed at the
 * same instant, without a goodbye, and the router notices by BFD or hold timer (the BGP layer's
 * business). After a boot the processes run but the daemon stays down until the control server
 * has verified the box and starts it ({@link #startDaemon}); in a PoP without a control server the
 * box starts it itself at the end of its boot.
 *
 * <p>Random draws: restart times from stream {@code host.<name>.restart}, boot times from
 * {@code host.<name>.boot}.
 */
public final class ServerHost {
    private final Topology topology;
    private final EventLog log;
    private final Server server;
    private final ServiceCatalog catalog;
    private final ServiceProcess[] processes;
    private final ServerRoutes routes;
    private final MonitorDaemon monitor;
    private final Distribution.Sampler restartSeconds;
    private final Distribution.Sampler bootSeconds;
    private final Timer bootTimer;
    private HardwareState hardware = HardwareState.UP;
    private boolean inService;
    private boolean startsOwnDaemon;
    private double extraLoadRps;
    private HostListener listener = id -> { };

    ServerHost(Simulator simulator, Topology topology, EventLog log, Server server, ServiceCatalog catalog,
            HostConfig config, BgpDaemon daemon, LoadView load) {
        this.topology = topology;
        this.log = log;
        this.server = server;
        this.catalog = catalog;
        ServerOverrides overrides = config.overridesFor(server.name());
        this.processes = new ServiceProcess[catalog.size()];
        for (int s = 0; s < catalog.size(); s++) {
            ServiceSpec spec = catalog.spec(s);
            if (overrides.runs(spec.name())) {
                double capacity = overrides.capacityRps().getOrDefault(spec.name(), spec.capacityRps());
                processes[s] = new ServiceProcess(simulator, this, s, spec.name(), capacity, spec.workerSlots());
            }
        }
        boolean[] serves = new boolean[catalog.prefixCount()];
        long[] weights = new long[catalog.prefixCount()];
        for (int p = 0; p < serves.length; p++) {
            serves[p] = processes[catalog.serviceOfPrefix(p)] != null;
            weights[p] = overrides.weights().getOrDefault(catalog.prefix(p), config.defaultWeight());
        }
        this.routes = new ServerRoutes(server, catalog, daemon, log, serves, weights);
        this.restartSeconds = config.monitor().restartSeconds()
                .sampler(simulator.random().stream("host." + server.name() + ".restart"));
        this.bootSeconds = config.control().bootSeconds()
                .sampler(simulator.random().stream("host." + server.name() + ".boot"));
        this.bootTimer = simulator.timer(this::booted);
        this.monitor = new MonitorDaemon(simulator, log, this, config.monitor(), load);
    }

    // ---- queries ----

    public Server server() {
        return server;
    }

    public String name() {
        return server.name();
    }

    public ServiceCatalog catalog() {
        return catalog;
    }

    public HardwareState hardware() {
        return hardware;
    }

    public boolean isUp() {
        return hardware == HardwareState.UP;
    }

    /** Whether the server has been brought into service ({@code Hosts.start()}). */
    public boolean inService() {
        return inService;
    }

    /** The process of {@code service}, or null if this server does not run it. */
    public ServiceProcess process(String service) {
        return processes[catalog.requireIndex(service)];
    }

    ServiceProcess process(int service) {
        return processes[service];
    }

    /** Up, and the service's process running. */
    public boolean canServe(String service) {
        int s = catalog.indexOf(service);
        return s >= 0 && canServe(s);
    }

    boolean canServe(int service) {
        ServiceProcess p = processes[service];
        return hardware == HardwareState.UP && p != null && p.isRunning();
    }

    /** The service's capacity now (0 when it cannot serve). */
    public double capacityRps(String service) {
        int s = catalog.indexOf(service);
        return s >= 0 && canServe(s) ? processes[s].capacityRps() : 0.0;
    }

    /**
     * The capacity for client traffic now: the sum over the services with anycast prefixes that
     * can serve. Cache and logging have no prefixes; their capacity is not client capacity.
     */
    public double servingCapacityRps() {
        double sum = 0;
        for (int s = 0; s < processes.length; s++) {
            if (canServe(s) && !catalog.prefixes(s).isEmpty()) {
                sum += processes[s].capacityRps();
            }
        }
        return sum;
    }

    /** True when up and every process it runs is running: the box "has come back up cleanly". */
    public boolean allProcessesRunning() {
        if (hardware != HardwareState.UP) {
            return false;
        }
        for (ServiceProcess p : processes) {
            if (p != null && !p.isRunning()) {
                return false;
            }
        }
        return true;
    }

    public double extraLoadRps() {
        return extraLoadRps;
    }

    public ServerRoutes routes() {
        return routes;
    }

    public MonitorDaemon monitor() {
        return monitor;
    }

    void setListener(HostListener listener) {
        this.listener = listener;
    }

    /** What this server can serve may have changed. */
    void changed() {
        listener.serverChanged(server.id());
    }

    // ---- actions (through Operations, the monitor and the control server) ----

    /** Brings the box into service: up, processes running, daemon started, prefixes announced. */
    void bringIntoService(boolean logIt) {
        inService = true;
        hardware = HardwareState.UP;
        topology.setNodeUp(server, true);
        for (ServiceProcess p : processes) {
            if (p != null) {
                p.runNow();
            }
        }
        changed();
        if (logIt) {
            log.log(LogKind.INFO, "in-service", server, server.name() + " in service");
        }
        routes.setQuiet(!logIt);
        routes.startDaemon("start", "in service");
        routes.setQuiet(false);
        monitor.start();
    }

    void setStartsOwnDaemon(boolean value) {
        startsOwnDaemon = value;
    }

    /** The process dies; a box that is not up, or a process already dead, is left alone. */
    void crashProcess(int service) {
        ServiceProcess p = requireProcess(service);
        if (hardware != HardwareState.UP || p.state() == ProcessState.CRASHED) {
            return;
        }
        p.crash();
        changed();
        log.log(LogKind.FAILURE, "process-crash", server, p.service() + " crashed on " + server.name(),
                Map.of("service", p.service()));
    }

    /** Restarts the process; it runs after a restart time drawn from the server's stream. */
    void restartProcess(int service, String by) {
        ServiceProcess p = requireProcess(service);
        if (hardware != HardwareState.UP) {
            return;
        }
        p.start(restartSeconds.sampleSecondsAsNanos());
        changed();
        log.log(LogKind.INFO, "process-restart", server, by + " restarts " + p.service() + " on " + server.name(),
                Map.of("service", p.service()));
    }

    void processStarted(ServiceProcess p) {
        changed();
        log.log(LogKind.REPAIR, "process-up", server, p.service() + " restarted on " + server.name(),
                Map.of("service", p.service()));
    }

    /** The box crashes (or hangs); the daemon dies with it. */
    void crash() {
        if (hardware != HardwareState.UP && hardware != HardwareState.BOOTING) {
            return;
        }
        // Log the failure first: what it sets off (the daemon dying, sessions lost) follows it.
        log.log(LogKind.FAILURE, "server-crash", server, server.name() + " crashed; its BGP daemon died with it");
        goDown();
        hardware = HardwareState.CRASHED;
    }

    /** Resets or powers on the box: it boots (a running box goes down first). */
    void boot(String cause) {
        if (hardware == HardwareState.BOOTING) {
            return;
        }
        goDown();
        hardware = HardwareState.BOOTING;
        bootTimer.armAfter(bootSeconds.sampleSecondsAsNanos());
        log.log(LogKind.INFO, "boot", server, server.name() + " booting (" + cause + ")", Map.of("cause", cause));
    }

    /** Cuts the power (the PDU outlet off). */
    void powerOff(String cause) {
        goDown();
        hardware = HardwareState.POWERED_OFF;
        log.log(LogKind.INFO, "power-off", server, server.name() + " powered off (" + cause + ")", Map.of("cause", cause));
    }

    /** Starts the BGP daemon, which announces the server's prefixes. */
    void startDaemon(String by) {
        if (hardware != HardwareState.UP || routes.isDaemonRunning()) {
            return;
        }
        log.log(LogKind.REPAIR, "bgp-start", server, "BGP daemon started on " + server.name() + " by " + by);
        routes.startDaemon("bgp-start", "BGP daemon started");
    }

    void setWeight(Prefix prefix, long weight) {
        routes.setWeight(routes.requirePrefix(prefix), weight);
    }

    void setExtraLoadRps(double rps) {
        if (!(rps >= 0) || Double.isInfinite(rps)) {
            throw new IllegalArgumentException("extra load must be finite and >= 0: " + rps);
        }
        extraLoadRps = rps;
        changed();
        log.log(LogKind.TRAFFIC, "overload", server,
                rps == 0 ? "extra load on " + server.name() + " removed" : server.name() + " gets " + rps + " extra rps",
                Map.of("extraRps", Double.toString(rps)));
    }

    private void booted() {
        hardware = HardwareState.UP;
        for (ServiceProcess p : processes) {
            if (p != null) {
                p.runNow();
            }
        }
        routes.reset();
        topology.setNodeUp(server, true);
        changed();
        log.log(LogKind.REPAIR, "booted", server, server.name() + " booted");
        monitor.start();
        if (startsOwnDaemon) {
            startDaemon(server.name() + " (no control server in the PoP)");
        }
    }

    private void goDown() {
        bootTimer.cancel();
        monitor.stop();
        for (ServiceProcess p : processes) {
            if (p != null) {
                p.crash();
            }
        }
        routes.killDaemon();
        routes.reset();
        topology.setNodeUp(server, false);
        changed();
    }

    private ServiceProcess requireProcess(int service) {
        ServiceProcess p = processes[service];
        if (p == null) {
            throw new IllegalArgumentException(server.name() + " does not run " + catalog.name(service));
        }
        return p;
    }

    @Override
    public String toString() {
        return server.name() + "[" + hardware + "]";
    }
}
