package org.anycastsim.scenarios.scenario.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.scenarios.scenario.source.Where;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.*;
import org.anycastsim.scenarios.scenario.traffic.Attack;

/** Checks each timeline action: inside the run, naming nodes, links, prefixes and attacks that exist. */
final class TimelineCheck {

    private static final String ROUTER = NetworkNames.ROUTER;
    private static final String SWITCH = NetworkNames.SWITCH;
    private static final String SERVER = NetworkNames.SERVER;

    private final Report r;
    private final List<String> attacks;

    TimelineCheck(Report r, List<Attack> attacks) {
        this.r = r;
        this.attacks = attacks.stream().map(Attack::name).toList();
    }

    void check(List<TimelineAction> timeline) {
        timeline.forEach(this::action);
    }

    private void action(TimelineAction a) {
        Where w = a.where();
        r.time(w, "at", a.at());
        if (a instanceof CrashProcess c) {
            process(w, c.server(), c.service());
        } else if (a instanceof RestartProcess c) {
            process(w, c.server(), c.service());
        } else if (a instanceof CrashServer c) {
            r.node(w, "server", c.server(), SERVER);
        } else if (a instanceof RestoreServer c) {
            r.node(w, "server", c.server(), SERVER);
        } else if (a instanceof CrashSwitch c) {
            r.node(w, "switch", c.switchName(), SWITCH);
        } else if (a instanceof RestoreSwitch c) {
            r.node(w, "switch", c.switchName(), SWITCH);
        } else if (a instanceof CrashRouter c) {
            r.node(w, "router", c.router(), ROUTER);
        } else if (a instanceof RestoreRouter c) {
            r.node(w, "router", c.router(), ROUTER);
        } else if (a instanceof CutLink c) {
            link(w, c.a(), c.b());
        } else if (a instanceof RestoreLink c) {
            link(w, c.a(), c.b());
        } else if (a instanceof WithdrawPrefix p) {
            r.node(w, "node", p.node(), ROUTER, SERVER);
            prefix(w, "prefix", p.prefix());
        } else if (a instanceof AnnouncePrefix p) {
            r.node(w, "node", p.node(), ROUTER, SERVER);
            prefix(w, "prefix", p.prefix());
        } else if (a instanceof SetWeight s) {
            r.node(w, "server", s.server(), SERVER);
            r.between(w, "weight", s.weight(), 0, BgpCheck.MAX_MED);
            s.prefix().ifPresent(p -> prefix(w, "prefix", p));
        } else if (a instanceof SetHashWeight h) {
            r.node(w, "router", h.router(), ROUTER);
            r.node(w, "server", h.server(), SERVER);
            // NextHopSet.MAX_WEIGHT: a weight is a count of shares of the hash space.
            r.between(w, "weight", h.weight(), 1, 0xffff);
            h.prefix().ifPresent(p -> prefix(w, "prefix", p));
        } else if (a instanceof SetLocalPref s) {
            setLocalPref(w, s);
        } else if (a instanceof Overload o) {
            r.node(w, "server", o.server(), SERVER);
            // 0 removes an earlier overload.
            r.notNegative(w, "extra", o.extraRps(), "the extra load");
        } else if (a instanceof StartAttack s) {
            r.member(w, "attack", s.attack(), attacks, "attack (under traffic.attacks)");
        } else if (a instanceof StopAttack s) {
            r.member(w, "attack", s.attack(), attacks, "attack (under traffic.attacks)");
        } else if (a instanceof DestroyPops d) {
            destroyPops(w, d);
        } else if (a instanceof Snapshot s) {
            s.routers().forEach(router -> r.node(w, "routers", router, ROUTER));
            s.prefix().ifPresent(p -> prefix(w, "prefix", p));
        }
    }

    private void process(Where w, String server, String service) {
        r.node(w, "server", server, SERVER);
        if (r.names().known()) {
            r.member(w, "service", service, r.names().services().keySet(), "service");
        }
    }

    private void link(Where w, String a, String b) {
        boolean known = r.node(w, "a", a, ROUTER, SWITCH, SERVER, NetworkNames.CONTROL_SERVER, NetworkNames.CLIENT)
                & r.node(w, "b", b, ROUTER, SWITCH, SERVER, NetworkNames.CONTROL_SERVER, NetworkNames.CLIENT);
        if (known && r.names().known() && !r.names().links().contains(NetworkNames.Pair.of(a, b))) {
            r.error(w.position(), "no link between " + a + " and " + b + " in " + r.names().network());
        }
    }

    private void prefix(Where w, String field, Prefix p) {
        if (r.names().known() && !r.names().prefixes().contains(p)) {
            r.error(w, field, "no prefix " + p + " is announced in " + r.names().network());
        }
    }

    private void setLocalPref(Where w, SetLocalPref s) {
        boolean known = r.node(w, "router", s.router(), ROUTER) & r.node(w, "neighbour", s.neighbour(), ROUTER);
        if (known && r.names().known() && !r.names().sessions().contains(NetworkNames.Pair.of(s.router(), s.neighbour()))) {
            r.error(w, "neighbour", s.router() + " has no BGP session with " + s.neighbour());
        }
        r.between(w, "localPref", s.localPref(), 0, BgpCheck.MAX_LOCAL_PREF);
    }

    private void destroyPops(Where w, DestroyPops d) {
        if (d.pops().isEmpty()) {
            r.error(w, "pops", "name at least one PoP");
        }
        Set<String> seen = new HashSet<>();
        for (String pop : d.pops()) {
            if (r.names().known()) {
                r.member(w, "pops", pop, r.names().pops(), "PoP");
            }
            if (!seen.add(pop)) {
                r.error(w, "pops", pop + " is listed twice");
            }
        }
        r.positiveDuration(w, "interval", d.interval());
        if (d.at() <= r.duration() && d.last() > r.duration()) {
            r.error(w, "interval", "the last PoP would go at " + org.anycastsim.core.kernel.SimTime.format(d.last())
                    + ", after the end of the run (duration " + org.anycastsim.core.kernel.SimTime.format(r.duration()) + ")");
        }
    }
}
