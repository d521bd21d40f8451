package org.anycastsim.scenarios.scenario.timeline;

import java.util.List;
import java.util.Optional;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * One entry of a scenario's timeline: something done to the network at simulated time
 * {@link #at()} (nanoseconds). One record per action kind, so a runner handles them with an
 * exhaustive {@code switch}. Each keeps its {@link Where} so that a problem met while running
 * (say, restoring a router that is up) can point at the line that asked for it.
 */
public sealed interface TimelineAction {

    /** When, in nanoseconds from the start of the run. */
    long at();

    /** The action's name in scenario files, e.g. {@code crash-server}. */
    String kind();

    Where where();

    /** A service process on a server dies; the monitor should notice and restart it. */
    record CrashProcess(long at, String server, String service, Where where) implements TimelineAction {
        public String kind() {
            return "crash-process";
        }
    }

    /** A crashed process is started again by hand. */
    record RestartProcess(long at, String server, String service, Where where) implements TimelineAction {
        public String kind() {
            return "restart-process";
        }
    }

    /** A server dies with its BGP speaker; the router notices by hold timer or BFD. */
    record CrashServer(long at, String server, Where where) implements TimelineAction {
        public String kind() {
            return "crash-server";
        }
    }

    record RestoreServer(long at, String server, Where where) implements TimelineAction {
        public String kind() {
            return "restore-server";
        }
    }

    /** A switch dies and cuts its servers off. */
    record CrashSwitch(long at, String switchName, Where where) implements TimelineAction {
        public String kind() {
            return "crash-switch";
        }
    }

    record RestoreSwitch(long at, String switchName, Where where) implements TimelineAction {
        public String kind() {
            return "restore-switch";
        }
    }

    /** A router dies; a PoP router takes its PoP off the WAN. */
    record CrashRouter(long at, String router, Where where) implements TimelineAction {
        public String kind() {
            return "crash-router";
        }
    }

    record RestoreRouter(long at, String router, Where where) implements TimelineAction {
        public String kind() {
            return "restore-router";
        }
    }

    /** The link between {@code a} and {@code b} goes down. */
    record CutLink(long at, String a, String b, Where where) implements TimelineAction {
        public String kind() {
            return "cut-link";
        }
    }

    record RestoreLink(long at, String a, String b, Where where) implements TimelineAction {
        public String kind() {
            return "restore-link";
        }
    }

    /** {@code node} (a server or router) stops announcing {@code prefix}. */
    record WithdrawPrefix(long at, String node, Prefix prefix, Where where) implements TimelineAction {
        public String kind() {
            return "withdraw-prefix";
        }
    }

    record AnnouncePrefix(long at, String node, Prefix prefix, Where where) implements TimelineAction {
        public String kind() {
            return "announce-prefix";
        }
    }

    /** A server's weight (MED) changes, for all its prefixes or only {@code prefix}. */
    record SetWeight(long at, String server, long weight, Optional<Prefix> prefix, Where where) implements TimelineAction {
        public String kind() {
            return "set-weight";
        }
    }

    /**
     * {@code router} gives {@code server} {@code weight} shares of its ECMP hash space (for one
     * prefix, or all): "the hash mapping table can be adjusted to increase or decrease load to any
     * machine in the cluster". The weight stays across route changes.
     */
    record SetHashWeight(long at, String router, String server, long weight, Optional<Prefix> prefix, Where where)
            implements TimelineAction {
        public String kind() {
            return "set-hash-weight";
        }
    }

    /** {@code router} gives routes from {@code neighbour} a new local preference (a route leak, when used so). */
    record SetLocalPref(long at, String router, String neighbour, long localPref, Where where) implements TimelineAction {
        public String kind() {
            return "set-local-pref";
        }
    }

    /** {@code extraRps} more requests per second land on {@code server}. */
    record Overload(long at, String server, double extraRps, Where where) implements TimelineAction {
        public String kind() {
            return "overload";
        }
    }

    /** The attack of that name under {@code traffic.attacks} starts. */
    record StartAttack(long at, String attack, Where where) implements TimelineAction {
        public String kind() {
            return "start-attack";
        }
    }

    record StopAttack(long at, String attack, Where where) implements TimelineAction {
        public String kind() {
            return "stop-attack";
        }
    }

    /** The PoPs go dark in the order given, one every {@code interval}, the first at {@code at}. */
    record DestroyPops(long at, List<String> pops, long interval, Where where) implements TimelineAction {
        public DestroyPops {
            pops = List.copyOf(pops);
        }

        public String kind() {
            return "destroy-pops";
        }

        /** When the last PoP goes. */
        public long last() {
            return at + Math.max(0, pops.size() - 1) * interval;
        }
    }

    /**
     * Records the catchment, RIBs or FIBs for the report.
     *
     * @param label   as written, else e.g. {@code rib@60.000s}
     * @param routers the routers to record (RIB and FIB); empty: all
     * @param prefix  only this prefix; empty: all
     */
    record Snapshot(long at, String label, SnapshotKind what, List<String> routers, Optional<Prefix> prefix,
            Where where) implements TimelineAction {
        public Snapshot {
            routers = List.copyOf(routers);
        }

        public String kind() {
            return "snapshot";
        }
    }
}
