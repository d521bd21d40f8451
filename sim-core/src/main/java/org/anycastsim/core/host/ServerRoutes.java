package org.anycastsim.core.host;

import java.util.Arrays;
import java.util.Map;
import org.anycastsim.core.metrics.EventLog;
import org.anycastsim.core.metrics.LogKind;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Server;

/**
 * The routes one server announces through its BGP daemon: "The routes to these servers are
 * announced via the border gateway protocol (BGP) from the servers themselves [...] each server
 * assigns its own weight to each IPs route."
 *
 * <p>A prefix is wanted while the daemon runs, the server runs the prefix's service, no failure
 * holds the service's prefixes back (the monitor's withdrawals), and load shedding has not taken
 * the prefix away. {@link #sync} brings the daemon in line with what is wanted and logs every
 * announcement and withdrawal. State is kept in arrays indexed by the catalog's prefix and
 * service indices.
 */
public final class ServerRoutes {
    private final Server server;
    private final ServiceCatalog catalog;
    private final BgpDaemon daemon;
    private final EventLog log;
    private final boolean[] serves;
    private final long[] weights;
    private final boolean[] announced;
    private final boolean[] shed;
    private final boolean[] withdrawnByOperator;
    private final int[] holds;
    private boolean daemonRunning;
    private boolean quiet;

    ServerRoutes(Server server, ServiceCatalog catalog, BgpDaemon daemon, EventLog log, boolean[] serves,
            long[] weights) {
        this.server = server;
        this.catalog = catalog;
        this.daemon = daemon;
        this.log = log;
        this.serves = serves;
        this.weights = weights;
        this.announced = new boolean[catalog.prefixCount()];
        this.shed = new boolean[catalog.prefixCount()];
        this.withdrawnByOperator = new boolean[catalog.prefixCount()];
        this.holds = new int[catalog.size()];
    }

    public BgpDaemon daemon() {
        return daemon;
    }

    public boolean isDaemonRunning() {
        return daemonRunning;
    }

    /** Whether this server currently announces the prefix. */
    public boolean isAnnounced(Prefix prefix) {
        int p = catalog.indexOf(prefix);
        return p >= 0 && announced[p];
    }

    /** Whether load shedding has taken the prefix away. */
    public boolean isShed(Prefix prefix) {
        int p = catalog.indexOf(prefix);
        return p >= 0 && shed[p];
    }

    /** The server's weight (MED) for the prefix. */
    public long weight(Prefix prefix) {
        return weights[requirePrefix(prefix)];
    }

    /** How many prefixes the server announces now. */
    public int announcedCount() {
        int n = 0;
        for (boolean a : announced) {
            n += a ? 1 : 0;
        }
        return n;
    }

    int requirePrefix(Prefix prefix) {
        int p = catalog.indexOf(prefix);
        if (p < 0) {
            throw new IllegalArgumentException(prefix + " is not a service prefix");
        }
        return p;
    }

    boolean serves(int prefix) {
        return serves[prefix];
    }

    boolean announced(int prefix) {
        return announced[prefix];
    }

    boolean shed(int prefix) {
        return shed[prefix];
    }

    boolean held(int service) {
        return holds[service] > 0;
    }

    /** Prefixes of {@code service} announced now. */
    int announcedOf(int service) {
        int n = 0;
        for (int p = 0; p < announced.length; p++) {
            if (announced[p] && catalog.serviceOfPrefix(p) == service) {
                n++;
            }
        }
        return n;
    }

    /** Changes the weight; an announced prefix is re-announced with the new MED at once. */
    void setWeight(int prefix, long weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("weights (MED) are >= 0: " + weight);
        }
        long old = weights[prefix];
        weights[prefix] = weight;
        if (announced[prefix] && old != weight) {
            daemon.announce(catalog.prefix(prefix), weight);
            logRoute(LogKind.ANNOUNCE, prefix, "weight-change", "re-announces", "weight " + old + " -> " + weight);
        }
    }

    void hold(int service) {
        holds[service]++;
    }

    void release(int service) {
        if (holds[service] > 0) {
            holds[service]--;
        }
    }

    void setShed(int prefix, boolean value) {
        shed[prefix] = value;
    }

    /** An operator withdraws the prefix by hand (a scenario's withdraw-prefix); it stays withdrawn until announced. */
    public void withdrawByOperator(Prefix prefix) {
        withdrawnByOperator[requirePrefix(prefix)] = true;
        sync("operator-withdraw", "withdrawn by the operator");
    }

    /** An operator lifts a manual withdrawal. */
    public void announceByOperator(Prefix prefix) {
        withdrawnByOperator[requirePrefix(prefix)] = false;
        sync("operator-announce", "announced by the operator");
    }

    /** Starts the daemon and announces what is wanted. */
    void startDaemon(String type, String reason) {
        daemon.start();
        daemonRunning = true;
        sync(type, reason);
    }

    /** Kills the daemon without withdrawing anything: the router notices by BFD or hold timer. */
    void killDaemon() {
        if (daemonRunning) {
            daemon.kill();
        }
        daemonRunning = false;
        Arrays.fill(announced, false);
    }

    /** Forgets failure holds and shed prefixes (a freshly booted box). */
    void reset() {
        Arrays.fill(shed, false);
        Arrays.fill(holds, 0);
    }

    /** While quiet, announcements and withdrawals are made but not logged (bringing servers into service). */
    void setQuiet(boolean value) {
        quiet = value;
    }

    /** Announces the wanted prefixes that are not announced and withdraws the others. */
    void sync(String type, String reason) {
        for (int p = 0; p < announced.length; p++) {
            boolean want = daemonRunning && serves[p] && holds[catalog.serviceOfPrefix(p)] == 0 && !shed[p]
                    && !withdrawnByOperator[p];
            if (want && !announced[p]) {
                announced[p] = true;
                daemon.announce(catalog.prefix(p), weights[p]);
                logRoute(LogKind.ANNOUNCE, p, type, "announces", reason);
            } else if (!want && announced[p]) {
                announced[p] = false;
                daemon.withdraw(catalog.prefix(p));
                logRoute(LogKind.WITHDRAW, p, type, "withdraws", reason);
            }
        }
    }

    private void logRoute(LogKind kind, int p, String type, String verb, String reason) {
        if (quiet) {
            return;
        }
        String prefix = catalog.prefix(p).toString();
        String service = catalog.name(catalog.serviceOfPrefix(p));
        String weight = Long.toString(weights[p]);
        String detail = server.name() + " " + verb + " " + prefix + " (" + service + ")"
                + (kind == LogKind.ANNOUNCE ? " with weight " + weight : "") + ": " + reason;
        log.log(kind, type, server, detail,
                Map.of("prefix", prefix, "service", service, "weight", weight, "reason", reason));
    }
}
