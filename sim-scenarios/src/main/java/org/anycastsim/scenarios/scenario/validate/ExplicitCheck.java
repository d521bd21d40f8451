package org.anycastsim.scenarios.scenario.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.SessionKind;
import org.anycastsim.scenarios.scenario.source.Position;
import org.anycastsim.scenarios.scenario.source.Where;
import org.anycastsim.scenarios.scenario.topology.AsSpec;
import org.anycastsim.scenarios.scenario.topology.ClientSpec;
import org.anycastsim.scenarios.scenario.topology.ExplicitTopology;
import org.anycastsim.scenarios.scenario.topology.LinkSpec;
import org.anycastsim.scenarios.scenario.topology.PopSpec;
import org.anycastsim.scenarios.scenario.topology.PrefixOrigin;
import org.anycastsim.scenarios.scenario.topology.RouterSpec;
import org.anycastsim.scenarios.scenario.topology.SessionSpec;

/**
 * Checks an explicit network against itself: unique names, declared ASes and routers, links
 * that join two different routers and have a delay, sessions that can run (eBGP across ASes
 * over a link, with a relationship; iBGP inside one), prefixes with known origins.
 */
final class ExplicitCheck {

    private final Report r;
    private final ExplicitTopology t;
    /** Where each node name was first declared, for "declared twice" messages. */
    private final Map<String, Position> declared = new HashMap<>();

    ExplicitCheck(Report r, ExplicitTopology t) {
        this.r = r;
        this.t = t;
    }

    void check() {
        if (t.routers().isEmpty()) {
            r.error(t.where(), "routers", "an explicit network needs at least one router");
        }
        Map<Integer, Position> asns = new HashMap<>();
        for (AsSpec as : t.ases()) {
            Position first = asns.putIfAbsent(as.asn(), as.where().at("asn"));
            if (first != null) {
                r.error(as.where(), "asn", "AS " + Integer.toUnsignedString(as.asn()) + " is declared twice (first at line "
                        + first.line() + ")");
            }
        }
        Set<Integer> routerIds = new HashSet<>();
        for (RouterSpec router : t.routers()) {
            declare(router.where(), "name", router.name(), "router");
            if (!asns.containsKey(router.asn())) {
                r.error(router.where(), "as", "AS " + Integer.toUnsignedString(router.asn())
                        + " is not declared under topology.ases");
            }
            router.routerId().ifPresent(id -> {
                if (!routerIds.add(id)) {
                    r.error(router.where(), "routerId", "another router has this router ID");
                }
            });
        }
        for (PopSpec pop : t.pops()) {
            pop(pop);
        }
        for (ClientSpec client : t.clients()) {
            declare(client.where(), "name", client.name(), "client network");
            r.node(client.where(), "router", client.router(), NetworkNames.ROUTER);
            r.positive(client.where(), "weight", client.weight(), "a client's weight");
        }
        Set<NetworkNames.Pair> linked = new HashSet<>();
        t.links().forEach(l -> link(l, linked));
        Set<NetworkNames.Pair> peered = new HashSet<>();
        t.sessions().forEach(s -> session(s, peered));
        Set<Prefix> prefixes = new HashSet<>();
        for (PrefixOrigin p : t.prefixes()) {
            if (!prefixes.add(p.prefix())) {
                r.error(p.where(), "prefix", p.prefix() + " is declared twice");
            }
            if (p.origin().isEmpty()) {
                r.error(p.where(), "origin", "a prefix needs at least one origin router");
            }
            p.origin().forEach(o -> r.node(p.where(), "origin", o, NetworkNames.ROUTER, NetworkNames.SERVER));
        }
    }

    private void declare(Where where, String field, String name, String kind) {
        Position first = declared.putIfAbsent(name, where.at(field));
        if (first != null) {
            r.error(where, field, "the name '" + name + "' is taken: a " + kind + " cannot share it (first declared at line "
                    + first.line() + ")");
        }
    }

    private void pop(PopSpec pop) {
        r.node(pop.where(), "router", pop.router(), NetworkNames.ROUTER);
        if (pop.switches().isEmpty()) {
            r.error(pop.where(), "switches", "a PoP needs at least one switch");
        }
        pop.switches().forEach(s -> declare(pop.where(), "switches", s, "switch"));
        pop.servers().forEach(s -> declare(pop.where(), "servers", s, "server"));
        pop.controlServer().ifPresent(c -> declare(pop.where(), "controlServer", c, "control server"));
    }

    private void link(LinkSpec l, Set<NetworkNames.Pair> linked) {
        boolean known = r.node(l.where(), "a", l.a(), NetworkNames.ROUTER) & r.node(l.where(), "b", l.b(), NetworkNames.ROUTER);
        if (l.a().equals(l.b())) {
            r.error(l.where(), "b", "a link from " + l.a() + " to itself");
            return;
        }
        if (!linked.add(NetworkNames.Pair.of(l.a(), l.b()))) {
            r.error(l.where().position(), "a second link between " + l.a() + " and " + l.b()
                    + " (cut-link could not tell them apart)");
        }
        l.capacityBps().ifPresent(c -> r.positive(l.where(), "capacity", c, "a link's capacity"));
        l.igpCost().ifPresent(c -> r.atLeast(l.where(), "igpCost", c, 1));
        l.distanceKm().ifPresent(d -> r.positive(l.where(), "distance", d, "a link's length"));
        if (known && l.delayNanos().isEmpty() && l.distanceKm().isEmpty()) {
            boolean located = t.router(l.a()).flatMap(RouterSpec::location).isPresent()
                    && t.router(l.b()).flatMap(RouterSpec::location).isPresent();
            if (!located) {
                r.error(l.where().position(), "the link " + l.a() + " - " + l.b() + " needs a delay, a distance, "
                        + "or a location on both routers");
            }
        }
    }

    private void session(SessionSpec s, Set<NetworkNames.Pair> peered) {
        boolean known = r.node(s.where(), "a", s.a(), NetworkNames.ROUTER) & r.node(s.where(), "b", s.b(), NetworkNames.ROUTER);
        if (s.a().equals(s.b())) {
            r.error(s.where(), "b", "a session from " + s.a() + " to itself");
            return;
        }
        if (!peered.add(NetworkNames.Pair.of(s.a(), s.b()))) {
            r.error(s.where().position(), "a second session between " + s.a() + " and " + s.b());
        }
        BgpCheck.timers(r, s.timers(), org.anycastsim.core.bgp.SessionTimers.ebgpDefaults());
        s.importRules().forEach(rule -> BgpCheck.rule(r, rule));
        s.exportRules().forEach(rule -> BgpCheck.rule(r, rule));
        if (!known) {
            return;
        }
        int asA = t.router(s.a()).orElseThrow().asn();
        int asB = t.router(s.b()).orElseThrow().asn();
        SessionKind kind = t.kindOf(s).orElseThrow();
        Optional<PeeringRelation> relation = s.relationship();
        if (kind == SessionKind.EBGP) {
            if (asA == asB) {
                r.error(s.where(), "type", "eBGP needs two ASes; " + s.a() + " and " + s.b() + " are both in AS "
                        + Integer.toUnsignedString(asA));
            }
            if (t.link(s.a(), s.b()).isEmpty()) {
                r.error(s.where().position(), "eBGP runs over a direct link; there is no link between " + s.a()
                        + " and " + s.b());
            }
            // No relationship: a textbook session without business policy (it accepts and exports all).
            if (s.routeReflectorClient()) {
                r.error(s.where(), "routeReflectorClient", "route reflection is for iBGP sessions");
            }
        } else {
            if (asA != asB) {
                r.error(s.where(), "type", "iBGP runs inside one AS; " + s.a() + " is in AS "
                        + Integer.toUnsignedString(asA) + ", " + s.b() + " in AS " + Integer.toUnsignedString(asB));
            }
            if (relation.isPresent()) {
                r.error(s.where(), "relationship", "a relationship is for eBGP sessions; iBGP peers are in the same AS");
            }
        }
    }
}
