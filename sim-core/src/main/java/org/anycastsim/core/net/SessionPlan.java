package org.anycastsim.core.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The BGP sessions of a world, as a topology builder declares them and the BGP layer
 * instantiates them: who talks to whom, over which link, with which business relationship,
 * and who reflects routes to whom. Immutable; sessions keep the order they were added in, so
 * that instantiating them is deterministic.
 *
 * <p>{@link #ibgpNextHopSelf()} says how iBGP speakers that are routers treat the NEXT_HOP of
 * routes they learned over eBGP: with next-hop-self (the default, and common practice in
 * transit networks) they put their own loopback, so other routers of the AS resolve the next
 * hop by the IGP and the hot-potato step compares IGP costs to the exit routers.
 */
public final class SessionPlan {
    private final List<BgpSessionSpec> sessions;
    private final boolean ibgpNextHopSelf;
    private final Map<Integer, List<BgpSessionSpec>> byNode;
    private final Map<Long, BgpSessionSpec> byPair;

    private SessionPlan(List<BgpSessionSpec> sessions, boolean ibgpNextHopSelf,
            Map<Integer, List<BgpSessionSpec>> byNode, Map<Long, BgpSessionSpec> byPair) {
        this.sessions = List.copyOf(sessions);
        this.ibgpNextHopSelf = ibgpNextHopSelf;
        this.byNode = byNode;
        this.byPair = byPair;
    }

    /** A builder for the sessions of {@code topology}; every node and link must belong to it. */
    public static Builder builder(Topology topology) {
        return new Builder(topology);
    }

    /** Every session, in the order it was declared. */
    public List<BgpSessionSpec> sessions() {
        return sessions;
    }

    public int size() {
        return sessions.size();
    }

    /** The sessions {@code n} takes part in, in declaration order (empty for a non-speaker). */
    public List<BgpSessionSpec> sessionsOf(Node n) {
        return byNode.getOrDefault(n.id(), List.of());
    }

    /** The session between two speakers, if they have one. */
    public Optional<BgpSessionSpec> between(Node x, Node y) {
        return Optional.ofNullable(byPair.get(pairKey(x, y)));
    }

    public List<BgpSessionSpec> ofKind(SessionKind kind) {
        return sessions.stream().filter(s -> s.kind() == kind).toList();
    }

    public long count(SessionKind kind) {
        return sessions.stream().filter(s -> s.kind() == kind).count();
    }

    /** The speakers {@code n} has a session with, that play {@code role} for it (e.g. its PROVIDERs). */
    public List<Node> neighbours(Node n, PeeringRelation role) {
        List<Node> out = new ArrayList<>();
        for (BgpSessionSpec s : sessionsOf(n)) {
            if (s.relationSeenFrom(n) == role) {
                out.add(s.other(n));
            }
        }
        return out;
    }

    /** Every speaker that reflects routes to at least one client, in declaration order. */
    public Set<Node> routeReflectors() {
        Set<Node> out = new LinkedHashSet<>();
        for (BgpSessionSpec s : sessions) {
            if (s.routeReflectorClient()) {
                out.add(s.a());
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** Whether routers set NEXT_HOP to their own loopback on routes they pass on over iBGP. */
    public boolean ibgpNextHopSelf() {
        return ibgpNextHopSelf;
    }

    private static long pairKey(Node x, Node y) {
        int lo = Math.min(x.id(), y.id());
        int hi = Math.max(x.id(), y.id());
        return ((long) lo << 32) | (hi & 0xffffffffL);
    }

    @Override
    public String toString() {
        return "SessionPlan[" + count(SessionKind.EBGP) + " eBGP, " + count(SessionKind.IBGP) + " iBGP]";
    }

    /** Collects sessions; refuses a second session between the same two speakers. */
    public static final class Builder {
        private final Topology topology;
        private final List<BgpSessionSpec> sessions = new ArrayList<>();
        private final Map<Integer, List<BgpSessionSpec>> byNode = new HashMap<>();
        private final Map<Long, BgpSessionSpec> byPair = new HashMap<>();
        private boolean ibgpNextHopSelf = true;

        private Builder(Topology topology) {
            this.topology = Objects.requireNonNull(topology, "topology");
        }

        public Builder add(BgpSessionSpec session) {
            requireMember(session.a());
            requireMember(session.b());
            if (session.link() != null && topology.link(session.link().id()) != session.link()) {
                throw new IllegalArgumentException(session.link() + " is not part of topology " + topology.name());
            }
            BgpSessionSpec earlier = byPair.putIfAbsent(pairKey(session.a(), session.b()), session);
            if (earlier != null) {
                throw new IllegalArgumentException("second BGP session between " + session.a() + " and "
                        + session.b() + " (first: " + earlier + ")");
            }
            sessions.add(session);
            byNode.computeIfAbsent(session.a().id(), k -> new ArrayList<>()).add(session);
            byNode.computeIfAbsent(session.b().id(), k -> new ArrayList<>()).add(session);
            return this;
        }

        /** An eBGP session over {@code link}; {@code relationOfB} is what {@code b} is to {@code a}. */
        public Builder ebgp(Node a, Node b, Link link, PeeringRelation relationOfB) {
            return add(BgpSessionSpec.ebgp(a, b, link, relationOfB));
        }

        public Builder ibgp(Node a, Node b) {
            return add(BgpSessionSpec.ibgp(a, b));
        }

        public Builder reflectorClient(Node reflector, Node client) {
            return add(BgpSessionSpec.reflectorClient(reflector, client));
        }

        /** Whether a session between the two is already declared. */
        public boolean has(Node x, Node y) {
            return byPair.containsKey(pairKey(x, y));
        }

        public Builder ibgpNextHopSelf(boolean nextHopSelf) {
            this.ibgpNextHopSelf = nextHopSelf;
            return this;
        }

        public SessionPlan build() {
            Map<Integer, List<BgpSessionSpec>> index = new HashMap<>();
            byNode.forEach((k, v) -> index.put(k, List.copyOf(v)));
            // HashMap copies, not Map.copyOf: the packed pair keys hash to lo ^ hi, which clusters under
            // Map.copyOf's linear probing (16 s, not 0.6 s, for the 140,532 links of the CAIDA 2013 graph).
            return new SessionPlan(sessions, ibgpNextHopSelf, Collections.unmodifiableMap(index),
                    Collections.unmodifiableMap(new HashMap<>(byPair)));
        }

        private void requireMember(Node n) {
            if (n.id() >= topology.nodeCount() || topology.node(n.id()) != n) {
                throw new IllegalArgumentException(n + " is not part of topology " + topology.name());
            }
        }
    }
}
