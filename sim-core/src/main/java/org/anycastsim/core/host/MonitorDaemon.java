package org.anycastsim.core.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.kernel.Timer;
import org.anycastsim.core.metrics.EventLog;
import org.anycastsim.core.metrics.LogKind;
import org.anycastsim.core.net.Prefix;

/**
 * The monitor daemon on one server. Every check interval it checks each process and, when enabled,
 * the server's load; one re-armed timer drives it, and a check allocates nothing unless it acts.
 *
 * <p>Process failures: "if a core process (DNS, proxy, cache, or logging) crashes then the monitor
 * daemon running on the server detects the failure. The monitor signals Bird to withdraw the BGP
 * routes that are routed to that process [...] The monitor daemon restarts the DNS server and,
 * after verifying it has come up cleanly, signals Bird to start announcing routes again." After
 * {@code failuresToWithdraw} failed checks in a row it withdraws only the prefixes that process's
 * failure withdraws (its own by default), restarts it, and after {@code passesToAnnounce} passing
 * checks in a row announces them again.
 *
 * <p>Load shedding: "If a particular server starts to become overloaded, and it appears there is
 * sufficient capacity elsewhere, then just some of the BGP routes can be withdrawn to take some
 * traffic away from the overloaded server." Above the high-water mark, and only while the rest of
 * the PoP (as the control server aggregates it) could take the load of one prefix, it withdraws one
 * prefix (of the service with the most load), never a service's last {@code minRoutesPerService}
 * routes and never all of its routes; it waits a hold-down, then may withdraw another. Below the
 * low-water mark it announces them back one at a time, last withdrawn first. Between the marks it
 * does nothing (hysteresis). Only healthy services take part: a service failing its checks is
 * neither shed nor given its shed prefixes back until it has been verified.
 */
public final class MonitorDaemon {
    private final Simulator simulator;
    private final EventLog log;
    private final ServerHost host;
    private final MonitorConfig config;
    private final LoadView load;
    private final ServiceCatalog catalog;
    private final long interval;
    private final long holdDown;
    private final Timer tick;
    private final CheckState[] states;
    private final int[] failures;
    private final int[] passes;
    private final int[] shedStack;
    private int shedCount;
    private long nextShedStepAt;
    private PopCapacity pop;

    MonitorDaemon(Simulator simulator, EventLog log, ServerHost host, MonitorConfig config, LoadView load) {
        this.simulator = simulator;
        this.log = log;
        this.host = host;
        this.config = config;
        this.load = load;
        this.catalog = host.catalog();
        this.interval = SimTime.seconds(config.checkIntervalSeconds());
        this.holdDown = SimTime.seconds(config.shedHoldDownSeconds());
        this.tick = simulator.timer(this::check);
        this.states = new CheckState[catalog.size()];
        this.failures = new int[catalog.size()];
        this.passes = new int[catalog.size()];
        this.shedStack = new int[catalog.prefixCount()];
    }

    /** Where the monitor learns the PoP's spare capacity (its control server); null: it never sheds. */
    void setPop(PopCapacity pop) {
        this.pop = pop;
    }

    public boolean isRunning() {
        return tick.isArmed();
    }

    /** The monitor's view of a process. */
    public CheckState state(String service) {
        CheckState s = states[catalog.requireIndex(service)];
        return s == null ? CheckState.HEALTHY : s;
    }

    /** The prefixes it has withdrawn to shed load, first withdrawn first. */
    public List<Prefix> shedPrefixes() {
        List<Prefix> out = new ArrayList<>(shedCount);
        for (int i = 0; i < shedCount; i++) {
            out.add(catalog.prefix(shedStack[i]));
        }
        return out;
    }

    /** Starts checking, from a clean slate, one interval from now (the box is up). */
    void start() {
        for (int s = 0; s < states.length; s++) {
            states[s] = CheckState.HEALTHY;
            failures[s] = 0;
            passes[s] = 0;
        }
        shedCount = 0;
        nextShedStepAt = simulator.now();
        tick.armAfter(interval);
    }

    /** Dies with the box. */
    void stop() {
        tick.cancel();
    }

    private void check() {
        for (int s = 0; s < states.length; s++) {
            if (host.process(s) != null) {
                checkProcess(s);
            }
        }
        if (config.loadShedding() && pop != null && simulator.now() >= nextShedStepAt) {
            balanceLoad();
        }
        tick.armAfter(interval);
    }

    private void checkProcess(int s) {
        ServiceProcess process = host.process(s);
        boolean pass = process.isRunning();
        if (states[s] == CheckState.RECOVERING) {
            if (!pass) {
                passes[s] = 0;
                if (process.state() == ProcessState.CRASHED) {
                    host.restartProcess(s, "monitor");
                }
            } else if (++passes[s] >= config.passesToAnnounce()) {
                verified(s);
            }
        } else if (pass) {
            states[s] = CheckState.HEALTHY;
            failures[s] = 0;
        } else if (++failures[s] >= config.failuresToWithdraw()) {
            detected(s);
        } else {
            states[s] = CheckState.SUSPECT;
        }
    }

    private void detected(int s) {
        String service = catalog.name(s);
        log.log(LogKind.DETECTION, "monitor-detect", host.server(),
                "monitor detected " + service + " down on " + host.name(),
                Map.of("service", service, "failedChecks", Integer.toString(failures[s])));
        for (int held : catalog.failureWithdrawIndices(s)) {
            host.routes().hold(held);
        }
        host.routes().sync("service-down", service + " down");
        states[s] = CheckState.RECOVERING;
        failures[s] = 0;
        passes[s] = 0;
        if (host.process(s).state() == ProcessState.CRASHED) {
            host.restartProcess(s, "monitor");
        }
    }

    private void verified(int s) {
        String service = catalog.name(s);
        log.log(LogKind.INFO, "monitor-verify", host.server(),
                "monitor verified " + service + " came up cleanly on " + host.name(), Map.of("service", service));
        for (int held : catalog.failureWithdrawIndices(s)) {
            host.routes().release(held);
        }
        states[s] = CheckState.HEALTHY;
        passes[s] = 0;
        host.routes().sync("service-up", service + " verified");
    }

    private void balanceLoad() {
        double utilisation = load.utilisation(host.server().id());
        if (utilisation > config.highWater()) {
            if (shedOne(utilisation)) {
                nextShedStepAt = simulator.now() + holdDown;
            }
        } else if (utilisation < config.lowWater() && shedCount > 0) {
            if (restoreOne(utilisation)) {
                nextShedStepAt = simulator.now() + holdDown;
            }
        }
    }

    /** Announces the most recently shed prefix of a healthy service again. */
    private boolean restoreOne(double utilisation) {
        for (int i = shedCount - 1; i >= 0; i--) {
            int prefix = shedStack[i];
            if (states[catalog.serviceOfPrefix(prefix)] == CheckState.HEALTHY) {
                System.arraycopy(shedStack, i + 1, shedStack, i, shedCount - i - 1);
                shedCount--;
                host.routes().setShed(prefix, false);
                host.routes().sync("load-restore", String.format(Locale.ROOT,
                        "utilisation %.2f below low-water %.2f", utilisation, config.lowWater()));
                return true;
            }
        }
        return false;
    }

    private boolean shedOne(double utilisation) {
        ServerRoutes routes = host.routes();
        if (routes.announcedCount() <= 1) {
            return false;
        }
        int id = host.server().id();
        int service = -1;
        double serviceLoad = -1;
        for (int s = 0; s < states.length; s++) {
            if (host.process(s) == null || states[s] != CheckState.HEALTHY || routes.held(s)) {
                continue;
            }
            int announced = routes.announcedOf(s);
            if (announced == 0 || announced <= config.minRoutesPerService()) {
                continue;
            }
            double offered = load.offeredRps(id, catalog.name(s));
            if (offered > serviceLoad) {
                service = s;
                serviceLoad = offered;
            }
        }
        if (service < 0) {
            return false;
        }
        double perPrefix = serviceLoad / routes.announcedOf(service);
        double spare = pop.spareCapacityElsewhereRps(host, config.highWater());
        if (!(spare > 0 && spare >= perPrefix)) {
            return false;
        }
        int prefix = lastAnnounced(service);
        routes.setShed(prefix, true);
        shedStack[shedCount++] = prefix;
        routes.sync("load-shed", String.format(Locale.ROOT,
                "utilisation %.2f above high-water %.2f, %.0f rps spare elsewhere in the PoP",
                utilisation, config.highWater(), spare));
        return true;
    }

    private int lastAnnounced(int service) {
        for (int p = catalog.prefixCount() - 1; p >= 0; p--) {
            if (catalog.serviceOfPrefix(p) == service && host.routes().announced(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no announced prefix of " + catalog.name(service));
    }
}
