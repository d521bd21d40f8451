package org.anycastsim.core.bgp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anycastsim.core.bgp.policy.GaoRexford;
import org.anycastsim.core.bgp.policy.Policy;
import org.anycastsim.core.net.BgpSessionSpec;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.NodeKind;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.SessionKind;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Topology;

/**
 * Instantiates a {@link SessionPlan} on a {@link BgpNetwork}: a speaker on every node the plan
 * names (PoP routers with multipath and conditional advertisement; servers waiting for their
 * control server to start them), Gao-Rexford policies on eBGP sessions by relationship, route
 * reflection where the plan says, and timers by kind of session.
 */
public final class BgpBuilder {
    private BgpBuilder() {}

    /**
     * Per-session changes a scenario may make over the profile: its own timers, extra policy
     * rules, or no business relationship at all (textbook topologies: accept and export all).
     */
    public interface SessionOverrides {
        /** Timers of this session; {@code base} is what the profile gives. */
        SessionTimers timers(BgpSessionSpec spec, SessionTimers base);

        /** The import policy at {@code side} (one of the spec's ends); {@code base} is the profile's. */
        Policy importPolicy(BgpSessionSpec spec, Node side, Policy base);

        /** The export policy at {@code side}; {@code base} is the profile's. */
        Policy exportPolicy(BgpSessionSpec spec, Node side, Policy base);

        SessionOverrides NONE = new SessionOverrides() {
            @Override
            public SessionTimers timers(BgpSessionSpec spec, SessionTimers base) {
                return base;
            }

            @Override
            public Policy importPolicy(BgpSessionSpec spec, Node side, Policy base) {
                return base;
            }

            @Override
            public Policy exportPolicy(BgpSessionSpec spec, Node side, Policy base) {
                return base;
            }
        };
    }

    public static void build(BgpNetwork network, SessionPlan plan, BgpProfile profile) {
        build(network, plan, profile, SessionOverrides.NONE);
    }

    public static void build(BgpNetwork network, SessionPlan plan, BgpProfile profile, SessionOverrides overrides) {
        Topology topology = network.topology();
        Map<Node, Integer> clusterIds = new HashMap<>();
        for (Node rr : plan.routeReflectors()) {
            clusterIds.put(rr, rr.address());
        }
        Map<String, Integer> popServers = new HashMap<>();
        for (Server s : topology.nodesOf(Server.class)) {
            popServers.merge(s.pop(), 1, Integer::sum);
        }
        List<Prefix> servicePrefixes = topology.allServicePrefixes();
        for (BgpSessionSpec spec : plan.sessions()) {
            for (Node n : List.of(spec.a(), spec.b())) {
                if (network.speaker(n) == null) {
                    network.addSpeaker(n, speakerConfig(n, plan, profile, clusterIds, popServers, servicePrefixes),
                            n.kind() != NodeKind.SERVER);
                }
            }
        }
        Map<Integer, GaoRexford> policies = new HashMap<>();
        for (BgpSessionSpec spec : plan.sessions()) {
            Speaker a = network.speaker(spec.a());
            Speaker b = network.speaker(spec.b());
            if (spec.kind() == SessionKind.EBGP) {
                GaoRexford ga = policies.computeIfAbsent(a.asn(), profile.gaoRexford()::forAs);
                GaoRexford gb = policies.computeIfAbsent(b.asn(), profile.gaoRexford()::forAs);
                Relationship bForA = relationship(spec.relation());
                Relationship aForB = relationship(spec.relation().inverse());
                network.connect(new BgpNetwork.End(a,
                                overrides.importPolicy(spec, spec.a(), ga.importPolicy(bForA)),
                                overrides.exportPolicy(spec, spec.a(), ga.exportPolicy(bForA))),
                        new BgpNetwork.End(b,
                                overrides.importPolicy(spec, spec.b(), gb.importPolicy(aForB)),
                                overrides.exportPolicy(spec, spec.b(), gb.exportPolicy(aForB))),
                        spec.link(), overrides.timers(spec, profile.ebgp()), bForA, false);
            } else {
                boolean serverSession = spec.a().kind() == NodeKind.SERVER || spec.b().kind() == NodeKind.SERVER;
                network.connect(new BgpNetwork.End(a,
                                overrides.importPolicy(spec, spec.a(), Policy.ACCEPT_ALL),
                                overrides.exportPolicy(spec, spec.a(), Policy.ACCEPT_ALL)),
                        new BgpNetwork.End(b,
                                overrides.importPolicy(spec, spec.b(), Policy.ACCEPT_ALL),
                                overrides.exportPolicy(spec, spec.b(), Policy.ACCEPT_ALL)),
                        spec.link(), overrides.timers(spec, serverSession ? profile.server() : profile.ibgp()),
                        Relationship.NONE, spec.routeReflectorClient());
            }
        }
    }

    private static SpeakerConfig speakerConfig(Node n, SessionPlan plan, BgpProfile profile,
            Map<Node, Integer> clusterIds, Map<String, Integer> popServers, List<Prefix> servicePrefixes) {
        DecisionOptions decision = profile.decision();
        Map<Prefix, Integer> conditional = Map.of();
        boolean popRouter = n.kind() == NodeKind.ROUTER && n.pop() != null;
        if (popRouter) {
            decision = decision.withMaxPaths(profile.popMaxPaths());
            int servers = popServers.getOrDefault(n.pop(), 0);
            Map<Prefix, Integer> k = new HashMap<>();
            for (Prefix p : servicePrefixes) {
                BgpProfile.ConditionalAdvertisement rule = profile.conditional().getOrDefault(p, profile.defaultConditional());
                if (rule != null) {
                    k.put(p, rule.k(servers));
                }
            }
            conditional = k;
        }
        return new SpeakerConfig(decision, clusterIds.getOrDefault(n, 0), plan.ibgpNextHopSelf(), conditional);
    }

    static Relationship relationship(PeeringRelation r) {
        return switch (r) {
            case CUSTOMER -> Relationship.CUSTOMER;
            case PEER -> Relationship.PEER;
            case PROVIDER -> Relationship.PROVIDER;
            case INTERNAL -> Relationship.NONE;
        };
    }
}
