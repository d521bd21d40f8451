package org.anycastsim.scenarios.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anycastsim.core.bgp.BgpBuilder;
import org.anycastsim.core.bgp.SessionTimers;
import org.anycastsim.core.bgp.policy.Action;
import org.anycastsim.core.bgp.policy.Match;
import org.anycastsim.core.bgp.policy.Policy;
import org.anycastsim.core.bgp.policy.Rule;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.geo.GreatCircle;
import org.anycastsim.core.geo.PropagationModel;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.BgpSessionSpec;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.SessionKind;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Switch;
import org.anycastsim.core.net.Topology;
import org.anycastsim.scenarios.scenario.bgp.MatchSpec;
import org.anycastsim.scenarios.scenario.bgp.PolicyRuleSpec;
import org.anycastsim.scenarios.scenario.bgp.RuleAction;
import org.anycastsim.scenarios.scenario.topology.AsSpec;
import org.anycastsim.scenarios.scenario.topology.ClientSpec;
import org.anycastsim.scenarios.scenario.topology.ExplicitTopology;
import org.anycastsim.scenarios.scenario.topology.LinkSpec;
import org.anycastsim.scenarios.scenario.topology.PopSpec;
import org.anycastsim.scenarios.scenario.topology.PrefixOrigin;
import org.anycastsim.scenarios.scenario.topology.RouterSpec;
import org.anycastsim.scenarios.scenario.topology.SessionSpec;
import org.anycastsim.scenarios.world.World;

/**
 * Builds a scenario's explicit network (a textbook diamond, a clique, a PoP drawn by hand) into a
 * topology and a session plan, with the sessions' own timers and policy rules, and the prefixes
 * that routers originate.
 *
 * <p>Choices (see MODELLING-ASSUMPTIONS.md): a client network gets a private AS of its own and
 * buys transit from the router it names; an eBGP session without a relationship has no business
 * policy (it accepts and exports everything); a session's import / export rules apply at its
 * {@code a} end, before the relationship's rules; a link without delay takes the distance between
 * its routers' locations, or 1 ms.
 */
final class ExplicitWorld {
    static final long DEFAULT_CAPACITY_BPS = 10_000_000_000L;
    private static final GeoPoint NOWHERE = new GeoPoint(0, 0);
    private static final long LAN_DELAY = SimTime.micros(5);

    /** What the runner needs besides the world: per-session overrides and router-originated prefixes. */
    record Built(World world, BgpBuilder.SessionOverrides overrides, Map<Node, List<Prefix>> originated,
            Map<String, Set<String>> servicesByServer) {
        Built(World world, BgpBuilder.SessionOverrides overrides, Map<Node, List<Prefix>> originated) {
            this(world, overrides, originated, Map.of());
        }
    }

    private ExplicitWorld() {}

    static Built build(String name, ExplicitTopology spec, PropagationModel propagation) {
        Topology t = new Topology(name);
        Map<Integer, AutonomousSystem> ases = new HashMap<>();
        for (AsSpec a : spec.ases()) {
            ases.put(a.asn(), t.addAs(a.asn(), a.name(), AsRole.OTHER));
        }
        for (RouterSpec r : spec.routers()) {
            String pop = spec.pops().stream().filter(p -> p.router().equals(r.name())).map(PopSpec::code).findFirst()
                    .orElse(null);
            t.addRouter(r.name(), ases.get(r.asn()), r.location().orElse(NOWHERE), pop, r.routerId().orElse(0));
        }
        for (LinkSpec l : spec.links()) {
            Node a = t.node(l.a());
            Node b = t.node(l.b());
            long delay = l.delayNanos().orElseGet(() -> l.distanceKm().isPresent()
                    ? propagation.propagationNanos(l.distanceKm().getAsDouble())
                    : located(a, b) ? propagation.propagationNanos(GreatCircle.distanceKm(a.location(), b.location()))
                    : SimTime.millis(1));
            long capacity = l.capacityBps().orElse(DEFAULT_CAPACITY_BPS);
            if (l.igpCost().isPresent()) {
                t.connect(a, b, delay, capacity, l.igpCost().getAsLong());
            } else {
                t.connect(a, b, delay, capacity);
            }
        }
        SessionPlan.Builder plan = SessionPlan.builder(t);
        Map<BgpSessionSpec, SessionSpec> declared = new IdentityHashMap<>();
        Set<BgpSessionSpec> noPolicy = new HashSet<>();
        for (SessionSpec s : spec.sessions()) {
            Node a = t.node(s.a());
            Node b = t.node(s.b());
            boolean ebgp = s.type().map(k -> k == SessionKind.EBGP).orElse(a.asn() != b.asn());
            BgpSessionSpec bs;
            if (ebgp) {
                PeeringRelation rel = s.relationship().orElse(PeeringRelation.PEER);
                bs = BgpSessionSpec.ebgp(a, b, t.linkBetween(a, b), rel);
                if (s.relationship().isEmpty()) {
                    noPolicy.add(bs);
                }
            } else {
                bs = s.routeReflectorClient() ? BgpSessionSpec.reflectorClient(a, b) : BgpSessionSpec.ibgp(a, b);
            }
            plan.add(bs);
            declared.put(bs, s);
        }
        Map<Node, List<Prefix>> originated = new HashMap<>();
        Map<String, Set<String>> servicesByServer = new HashMap<>();
        for (PrefixOrigin p : spec.prefixes()) {
            String service = p.service().orElse("anycast");
            t.addServicePrefix(service, p.prefix());
            for (String o : p.origin()) {
                Node n = t.node(o);
                if (n instanceof Router) {
                    originated.computeIfAbsent(n, k -> new ArrayList<>()).add(p.prefix());
                } else {
                    // A PoP server named as an origin runs that prefix's service (servers are built below).
                    servicesByServer.computeIfAbsent(o, k -> new HashSet<>()).add(service);
                }
            }
        }
        for (PopSpec pop : spec.pops()) {
            addPop(t, plan, pop);
        }
        int nextAsn = 64512;
        for (ClientSpec c : spec.clients()) {
            while (t.as(nextAsn) != null) {
                nextAsn++;
            }
            Node upstream = t.node(c.router());
            AutonomousSystem as = t.addAs(nextAsn, c.name(), AsRole.EYEBALL);
            ClientNetwork client = t.addClient(c.name(), as, upstream.location(), c.name(), "ANY", c.weight(),
                    new Prefix(org.anycastsim.core.net.Ipv4.parse("11.0.0.0") + (nextAsn - 64512) * 65536, 16));
            Link link = t.connect(client, upstream, SimTime.millis(1), DEFAULT_CAPACITY_BPS);
            plan.add(BgpSessionSpec.ebgp(upstream, client, link, PeeringRelation.CUSTOMER));
        }
        World world = new World(name, "explicit network from the scenario file", t, plan.build(), List.of(),
                List.of(), List.of(), List.of(), spec);
        return new Built(world, new Overrides(declared, noPolicy), originated, servicesByServer);
    }

    private static boolean located(Node a, Node b) {
        return !a.location().equals(NOWHERE) && !b.location().equals(NOWHERE);
    }

    private static void addPop(Topology t, SessionPlan.Builder plan, PopSpec pop) {
        Node router = t.node(pop.router());
        AutonomousSystem as = router.as();
        pop.serversBySwitch().forEach((switchName, servers) -> {
            Switch sw = t.addSwitch(switchName, as, router.location(), pop.code());
            t.connect(router, sw, LAN_DELAY, 4 * DEFAULT_CAPACITY_BPS);
            for (String serverName : servers) {
                Server s = t.addServer(serverName, as, router.location(), pop.code());
                t.connect(sw, s, LAN_DELAY, DEFAULT_CAPACITY_BPS);
                plan.add(BgpSessionSpec.ibgp(router, s));
            }
        });
        pop.controlServer().ifPresent(cs -> {
            Node control = t.addControlServer(cs, as, router.location(), pop.code());
            t.connect(router, control, LAN_DELAY, DEFAULT_CAPACITY_BPS);
        });
    }

    /** A scenario session's own timers and rules over the profile's. */
    private record Overrides(Map<BgpSessionSpec, SessionSpec> declared, Set<BgpSessionSpec> noPolicy)
            implements BgpBuilder.SessionOverrides {
        @Override
        public SessionTimers timers(BgpSessionSpec spec, SessionTimers base) {
            SessionSpec s = declared.get(spec);
            return s == null ? base : ModelConfigs.timers(s.timers(), base);
        }

        @Override
        public Policy importPolicy(BgpSessionSpec spec, Node side, Policy base) {
            return policy(spec, side, base, true);
        }

        @Override
        public Policy exportPolicy(BgpSessionSpec spec, Node side, Policy base) {
            return policy(spec, side, base, false);
        }

        private Policy policy(BgpSessionSpec spec, Node side, Policy base, boolean imports) {
            Policy p = noPolicy.contains(spec) ? Policy.ACCEPT_ALL : base;
            SessionSpec s = declared.get(spec);
            if (s == null || side != spec.a()) {
                return p;
            }
            List<PolicyRuleSpec> rules = imports ? s.importRules() : s.exportRules();
            if (rules.isEmpty()) {
                return p;
            }
            List<Rule> all = new ArrayList<>();
            for (PolicyRuleSpec r : rules) {
                all.add(new Rule(r.name(), match(r.match(), spec), actions(r.actions(), side.asn()), r.verdict()));
            }
            all.addAll(p.rules());
            return new Policy((imports ? "import " : "export ") + s.a() + "->" + s.b(), all, p.defaultVerdict());
        }
    }

    static Match match(MatchSpec m, BgpSessionSpec session) {
        List<Match> all = new ArrayList<>();
        m.prefix().ifPresent(p -> all.add(new Match.PrefixIs(p)));
        m.prefixList().ifPresent(l -> all.add(new Match.InPrefixList(l)));
        m.community().ifPresent(c -> all.add(new Match.HasCommunity(c)));
        m.asPathContains().ifPresent(a -> all.add(new Match.AsPathContains(a)));
        m.asPathLength().ifPresent(all::add);
        m.neighbour().ifPresent(n -> {
            Node peer = session.a().name().equals(n) ? session.a() : session.b();
            all.add(new Match.NeighbourAsn(peer.asn()));
        });
        return all.isEmpty() ? Match.always() : all.size() == 1 ? all.get(0) : new Match.AllOf(all);
    }

    static List<Action> actions(List<RuleAction> actions, int localAsn) {
        List<Action> out = new ArrayList<>();
        for (RuleAction a : actions) {
            if (a instanceof RuleAction.SetLocalPref x) {
                out.add(new Action.SetLocalPref((int) x.localPref()));
            } else if (a instanceof RuleAction.SetMed x) {
                out.add(new Action.SetMed(x.med()));
            } else if (a instanceof RuleAction.SetWeight x) {
                out.add(new Action.SetWeight((int) x.weight()));
            } else if (a instanceof RuleAction.Prepend x) {
                out.add(new Action.Prepend(localAsn, (int) x.times()));
            } else if (a instanceof RuleAction.AddCommunity x) {
                out.add(new Action.AddCommunity(x.community()));
            } else if (a instanceof RuleAction.RemoveCommunity x) {
                out.add(new Action.RemoveCommunity(x.community()));
            }
        }
        return out;
    }
}
