package org.anycastsim.core.bgp;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anycastsim.core.net.Ipv4;

/**
 * The BGP decision process (RFC 4271 9.1.2) for the candidate routes of one prefix.
 *
 * <p>Routes whose NEXT_HOP the IGP cannot reach are dropped first (9.1.2.1). The rest are ranked
 * by these steps, the first difference deciding:
 * <ol>
 *   <li>highest weight (Cisco/FRR, local to the router);
 *   <li>highest LOCAL_PREF, the "degree of preference" of 9.1.2.1;
 *   <li>locally originated over learned (Cisco step 3, FRR "local route check"; BIRD has no such
 *       step, but a local route's empty AS path usually wins at the next step anyway);
 *   <li>shortest AS_PATH (9.1.2.2 a);
 *   <li>lowest ORIGIN (9.1.2.2 b);
 *   <li>lowest MED, only between routes with the same neighbouring AS, i.e. the same leftmost AS
 *       (9.1.2.2 c), or when both AS paths are empty (routes from inside the AS, such as the
 *       servers of a PoP; FRR treats these alike); a missing MED counts as 0, or as the worst
 *       value with {@link DecisionOptions#missingMedAsWorst()};
 *   <li>eBGP over iBGP (9.1.2.2 d);
 *   <li>lowest IGP cost to the NEXT_HOP (9.1.2.2 e, "hot potato");
 *   <li>lowest BGP identifier, the ORIGINATOR_ID for reflected routes (9.1.2.2 f, RFC 4456 9);
 *   <li>shortest CLUSTER_LIST (RFC 4456 9, inserted between f and g);
 *   <li>lowest peer address (9.1.2.2 g).
 * </ol>
 * Cisco's "prefer the oldest eBGP path" and FRR's "prefer the already-selected eBGP path" steps
 * before the router ID are left out: they make the result depend on history, which RFC 4271 does
 * not; this is the behaviour of {@code bgp bestpath compare-routerid}.
 *
 * <p>MED makes the pairwise order non-transitive (RFC 3345), so the result can depend on the order
 * routes are compared in. With {@link DecisionOptions#deterministicMed()} the best route of each
 * neighbouring AS is chosen first and only those winners are compared, as Cisco and FRR do; the
 * result is then independent of the candidates' order and equals the literal set elimination of
 * RFC 4271 9.1.2.2. Without it the running best is compared with each candidate in list order;
 * to mimic Cisco, pass the current best first and the others newest first (the order Junos
 * documents for {@code path-selection cisco-non-deterministic}).
 *
 * <p>Multipath: routes equal to the best down to and including the IGP cost step (MED only where
 * comparable with the best's), whose AS path is identical to the best's (or of equal length with
 * {@link DecisionOptions#multipathRelax()}), form the ECMP set. Like Cisco and FRR, a route whose
 * next hop is already in the set is skipped. The set lists the best first, then the others in
 * the order of the remaining tie-breakers (router ID, cluster list, peer address), which also
 * decides who is left out beyond {@link DecisionOptions#maxPaths()}. (FRR orders by next hop
 * address instead; BIRD merges in preference order as here.)
 *
 * <p>Candidates must come from distinct peers, as in an Adj-RIB-In; two that tie at every step
 * are rejected. An instance keeps scratch buffers between calls to avoid allocation, so it must
 * be used by one thread (one speaker) at a time.
 */
public final class DecisionProcess {

    private static final DecisionReason[] REASONS = DecisionReason.values();
    private static final int WEIGHT = DecisionReason.WEIGHT.ordinal();
    private static final int LOCAL_PREF = DecisionReason.LOCAL_PREF.ordinal();
    private static final int LOCALLY_ORIGINATED = DecisionReason.LOCALLY_ORIGINATED.ordinal();
    private static final int AS_PATH_LENGTH = DecisionReason.AS_PATH_LENGTH.ordinal();
    private static final int ORIGIN = DecisionReason.ORIGIN.ordinal();
    private static final int MED = DecisionReason.MED.ordinal();
    private static final int EBGP_OVER_IBGP = DecisionReason.EBGP_OVER_IBGP.ordinal();
    private static final int IGP_COST = DecisionReason.IGP_COST.ordinal();
    private static final int ROUTER_ID = DecisionReason.ROUTER_ID.ordinal();
    private static final int CLUSTER_LIST = DecisionReason.CLUSTER_LIST.ordinal();
    private static final int PEER_ADDRESS = DecisionReason.PEER_ADDRESS.ordinal();
    private static final int INITIAL_CAPACITY = 16;

    private final DecisionOptions options;
    private final long missingMed;

    // Scratch state of the decision in progress, indexed by usable candidate, in list order.
    private int count;
    private Route[] routes = new Route[INITIAL_CAPACITY];
    private long[] igpCost = new long[INITIAL_CAPACITY];
    private long[] med = new long[INITIAL_CAPACITY];
    /** The key within which MEDs compare: the neighbouring AS, 0 for an empty path or for all with always-compare-med. */
    private int[] medGroup = new int[INITIAL_CAPACITY];
    /** (medGroup << 32 | index) sort keys for deterministic-med. */
    private long[] byGroup = new long[INITIAL_CAPACITY];
    /** ECMP candidates other than the best, in tie-breaker order. */
    private int[] members = new int[INITIAL_CAPACITY];

    public DecisionProcess(DecisionOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.missingMed = options.missingMedAsWorst() ? PathAttributes.MED_MAX : 0L;
    }

    public DecisionOptions options() {
        return options;
    }

    /**
     * Runs the decision process over the candidate routes of one prefix.
     *
     * @return the decision, or empty when no candidate has a reachable next hop
     */
    public Optional<Decision> decide(List<Route> candidates, IgpCost igp) {
        int n = candidates.size();
        reset(n);
        for (int i = 0; i < n; i++) {
            load(candidates.get(i), igp);
        }
        return decideLoaded();
    }

    /** As {@link #decide(List, IgpCost)} over {@code candidates[0..length)}. */
    public Optional<Decision> decide(Route[] candidates, int length, IgpCost igp) {
        Objects.checkFromIndexSize(0, length, candidates.length);
        reset(length);
        for (int i = 0; i < length; i++) {
            load(candidates[i], igp);
        }
        return decideLoaded();
    }

    private void reset(int capacity) {
        count = 0;
        if (routes.length < capacity) {
            int size = Math.max(capacity, routes.length * 2);
            routes = new Route[size];
            igpCost = new long[size];
            med = new long[size];
            medGroup = new int[size];
            byGroup = new long[size];
            members = new int[size];
        }
    }

    private void load(Route route, IgpCost igp) {
        // A locally originated route needs no next-hop resolution (its next hop is the speaker itself).
        long cost = route.source().isLocal() ? 0L : igp.costTo(route.nextHop());
        if (cost == IgpCost.UNREACHABLE) {
            return; // RFC 4271 9.1.2.1: an unresolvable NEXT_HOP excludes the route
        }
        if (cost < 0) {
            throw new IllegalStateException("negative IGP cost " + cost + " to " + Ipv4.format(route.nextHop()));
        }
        PathAttributes attributes = route.attributes();
        int i = count++;
        routes[i] = route;
        igpCost[i] = cost;
        med[i] = attributes.hasMed() ? attributes.med() : missingMed;
        medGroup[i] = options.alwaysCompareMed() ? 0 : attributes.asPath().neighbourAs();
    }

    private Optional<Decision> decideLoaded() {
        try {
            if (count == 0) {
                return Optional.empty();
            }
            if (count == 1) {
                return Optional.of(new Decision(routes[0], List.of(routes[0]), DecisionReason.ONLY_ROUTE, null));
            }
            int best = select(-1);
            int runnerUp = select(best);
            int step = compare(best, runnerUp);
            if (step == 0) {
                throw new IllegalArgumentException("candidates tie at every step; one route per peer expected: "
                        + routes[best] + " and " + routes[runnerUp]);
            }
            // step > 0 always holds: the runner-up is a route the best has beaten directly.
            List<Route> ecmp = options.maxPaths() == 1 ? List.of(routes[best]) : multipath(best);
            return Optional.of(new Decision(routes[best], ecmp, REASONS[Math.abs(step)], routes[runnerUp]));
        } finally {
            Arrays.fill(routes, 0, count, null); // do not keep withdrawn routes reachable
        }
    }

    /** The index of the best usable candidate other than {@code excluded} (-1 for none). */
    private int select(int excluded) {
        return options.deterministicMed() ? selectPerNeighbourAs(excluded) : selectInListOrder(excluded);
    }

    /** Cisco without deterministic-med: keep a running best, challenged by each candidate in turn. */
    private int selectInListOrder(int excluded) {
        int best = -1;
        for (int i = 0; i < count; i++) {
            if (i != excluded && (best < 0 || compare(i, best) > 0)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Deterministic-med: within one neighbouring AS every step, MED included, applies, so the order
     * is a lexicographic one and its maximum is unique; between ASes MED is skipped, so again. The
     * outcome cannot depend on the candidates' order.
     */
    private int selectPerNeighbourAs(int excluded) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (i != excluded) {
                byGroup[n++] = (Integer.toUnsignedLong(medGroup[i]) << 32) | i;
            }
        }
        Arrays.sort(byGroup, 0, n);
        int best = -1;
        int k = 0;
        while (k < n) {
            long group = byGroup[k] >>> 32;
            int groupBest = (int) byGroup[k++];
            while (k < n && byGroup[k] >>> 32 == group) {
                int j = (int) byGroup[k++];
                if (compare(j, groupBest) > 0) {
                    groupBest = j;
                }
            }
            if (best < 0 || compare(groupBest, best) > 0) {
                best = groupBest;
            }
        }
        return best;
    }

    /**
     * Compares candidates {@code i} and {@code j}: positive if {@code i} is preferred, negative if
     * {@code j} is, and the magnitude is the ordinal of the deciding {@link DecisionReason}; 0 if
     * they tie at every step.
     */
    private int compare(int i, int j) {
        Route a = routes[i];
        Route b = routes[j];
        PathAttributes x = a.attributes();
        PathAttributes y = b.attributes();
        int c = Integer.compareUnsigned(x.weight(), y.weight());
        if (c != 0) {
            return c > 0 ? WEIGHT : -WEIGHT;
        }
        c = Integer.compareUnsigned(x.localPref(), y.localPref());
        if (c != 0) {
            return c > 0 ? LOCAL_PREF : -LOCAL_PREF;
        }
        boolean localA = a.source().isLocal();
        if (localA != b.source().isLocal()) {
            return localA ? LOCALLY_ORIGINATED : -LOCALLY_ORIGINATED;
        }
        c = Integer.compare(y.asPath().length(), x.asPath().length());
        if (c != 0) {
            return c > 0 ? AS_PATH_LENGTH : -AS_PATH_LENGTH;
        }
        c = Integer.compare(y.origin().ordinal(), x.origin().ordinal());
        if (c != 0) {
            return c > 0 ? ORIGIN : -ORIGIN;
        }
        if (medGroup[i] == medGroup[j]) {
            c = Long.compare(med[j], med[i]);
            if (c != 0) {
                return c > 0 ? MED : -MED;
            }
        }
        boolean ebgpA = a.source().isEbgp();
        if (ebgpA != b.source().isEbgp()) {
            return ebgpA ? EBGP_OVER_IBGP : -EBGP_OVER_IBGP;
        }
        c = Long.compare(igpCost[j], igpCost[i]);
        if (c != 0) {
            return c > 0 ? IGP_COST : -IGP_COST;
        }
        return compareTieBreakers(i, j);
    }

    /** The steps below the multipath boundary, in the same encoding as {@link #compare}. */
    private int compareTieBreakers(int i, int j) {
        Route a = routes[i];
        Route b = routes[j];
        int c = Integer.compareUnsigned(b.bgpIdentifier(), a.bgpIdentifier());
        if (c != 0) {
            return c > 0 ? ROUTER_ID : -ROUTER_ID;
        }
        c = Integer.compare(b.attributes().clusterListLength(), a.attributes().clusterListLength());
        if (c != 0) {
            return c > 0 ? CLUSTER_LIST : -CLUSTER_LIST;
        }
        c = Integer.compareUnsigned(b.source().peerAddress(), a.source().peerAddress());
        if (c != 0) {
            return c > 0 ? PEER_ADDRESS : -PEER_ADDRESS;
        }
        return 0;
    }

    private List<Route> multipath(int best) {
        int m = 0;
        for (int j = 0; j < count; j++) {
            if (j == best) {
                continue;
            }
            int step = Math.abs(compare(best, j));
            if (step != 0 && step < ROUTER_ID) {
                continue; // decided before the multipath boundary
            }
            if (!asPathsAllowMultipath(routes[best].attributes().asPath(), routes[j].attributes().asPath())) {
                continue;
            }
            int k = m++;
            while (k > 0 && compareTieBreakers(j, members[k - 1]) > 0) {
                members[k] = members[k - 1];
                k--;
            }
            members[k] = j;
        }
        Route[] chosen = new Route[Math.min(options.maxPaths(), m + 1)];
        chosen[0] = routes[best];
        int size = 1;
        for (int k = 0; k < m && size < chosen.length; k++) {
            Route candidate = routes[members[k]];
            if (!hasNextHop(chosen, size, candidate.nextHop())) {
                chosen[size++] = candidate;
            }
        }
        return List.of(size == chosen.length ? chosen : Arrays.copyOf(chosen, size));
    }

    /**
     * Cisco and FRR without relax: identical AS paths (so the same neighbouring AS). With relax:
     * equal lengths, which step a) has already ensured.
     */
    private boolean asPathsAllowMultipath(AsPath bestPath, AsPath other) {
        return options.multipathRelax() ? bestPath.length() == other.length() : bestPath.equals(other);
    }

    private static boolean hasNextHop(Route[] chosen, int size, int nextHop) {
        for (int k = 0; k < size; k++) {
            if (chosen[k].nextHop() == nextHop) {
                return true;
            }
        }
        return false;
    }
}
