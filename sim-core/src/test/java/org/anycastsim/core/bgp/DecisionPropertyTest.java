package org.anycastsim.core.bgp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Collections2;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.ToLongFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.anycastsim.core.net.Ipv4;

/**
 * Properties of the decision process over random candidate sets drawn from small domains, so that
 * ties at every step are frequent.
 */
class DecisionPropertyTest {

    private static final int NEXT_HOPS = 8;
    private static final Long[] MEDS = {PathAttributes.MED_MISSING, 0L, 10L, 20L, PathAttributes.MED_MAX};
    private static final Long[] COSTS = {0L, 10L, 20L, IgpCost.UNREACHABLE};
    private static final String[] IDS = {"1.1.1.1", "2.2.2.2", "3.3.3.3"};

    /** One candidate's attributes, before it is given a distinct peer address. */
    record Spec(int weight, int localPref, String path, Origin origin, long med, SourceType type,
            int routerId, int originatorId, int clusters, int nextHop) {}

    /** A candidate list plus the IGP costs of the next hops and the options. */
    record Scenario(List<Route> routes, long[] costByNextHop, DecisionOptions options) {
        IgpCost igp() {
            return nextHop -> costByNextHop[nextHop & (NEXT_HOPS - 1)];
        }
    }

    @Provide
    Arbitrary<Scenario> small() {
        return scenarios(6, true);
    }

    @Provide
    Arbitrary<Scenario> large() {
        return scenarios(25, true);
    }

    @Provide
    Arbitrary<Scenario> anyMedMode() {
        return scenarios(8, false);
    }

    @Property(tries = 200)
    void deterministicMedIsTheSameUnderEveryPermutation(@ForAll("small") Scenario s) {
        Optional<Decision> reference = new DecisionProcess(s.options()).decide(s.routes(), s.igp());
        DecisionProcess process = new DecisionProcess(s.options());
        for (List<Route> permutation : Collections2.permutations(s.routes())) {
            assertThat(process.decide(permutation, s.igp())).isEqualTo(reference);
        }
    }

    @Property(tries = 300)
    void deterministicMedIsTheSameUnderShuffles(@ForAll("large") Scenario s, @ForAll long seed) {
        DecisionProcess process = new DecisionProcess(s.options());
        Optional<Decision> reference = process.decide(s.routes(), s.igp());
        Random random = new Random(seed);
        for (int i = 0; i < 10; i++) {
            List<Route> shuffled = new ArrayList<>(s.routes());
            Collections.shuffle(shuffled, random);
            assertThat(process.decide(shuffled, s.igp())).isEqualTo(reference);
        }
    }

    @Property(tries = 500)
    void deterministicMedAgreesWithTheRfc4271Elimination(@ForAll("large") Scenario s) {
        Optional<Route> best = new DecisionProcess(s.options()).decide(s.routes(), s.igp()).map(Decision::best);
        assertThat(best).isEqualTo(rfc4271Best(s.routes(), s.igp(), s.options()));
    }

    @Property(tries = 300)
    void alwaysCompareMedIsOrderIndependentEvenWithoutDeterministicMed(@ForAll("small") Scenario s) {
        DecisionOptions options = s.options().withAlwaysCompareMed(true).withDeterministicMed(false);
        DecisionProcess process = new DecisionProcess(options);
        Optional<Decision> reference = process.decide(s.routes(), s.igp());
        for (List<Route> permutation : Collections2.permutations(s.routes())) {
            assertThat(process.decide(permutation, s.igp())).isEqualTo(reference);
        }
    }

    @Property(tries = 500)
    void ecmpMembersMatchTheBestDownToTheIgpCost(@ForAll("anyMedMode") Scenario s) {
        Optional<Decision> decision = new DecisionProcess(s.options()).decide(s.routes(), s.igp());
        decision.ifPresent(d -> {
            List<Route> ecmp = d.ecmp();
            assertThat(ecmp.get(0)).isSameAs(d.best());
            assertThat(ecmp.size()).isLessThanOrEqualTo(s.options().maxPaths());
            assertThat(ecmp.stream().mapToInt(Route::nextHop).distinct().count()).isEqualTo(ecmp.size());
            PathAttributes b = d.best().attributes();
            for (Route member : ecmp) {
                PathAttributes m = member.attributes();
                assertThat(m.weight()).isEqualTo(b.weight());
                assertThat(m.localPref()).isEqualTo(b.localPref());
                assertThat(m.origin()).isEqualTo(b.origin());
                assertThat(member.source().type()).isEqualTo(d.best().source().type());
                assertThat(s.igp().costTo(member.nextHop())).isEqualTo(s.igp().costTo(d.best().nextHop()));
                if (s.options().multipathRelax()) {
                    assertThat(m.asPath().length()).isEqualTo(b.asPath().length());
                } else {
                    assertThat(m.asPath()).isEqualTo(b.asPath());
                }
            }
        });
    }

    /**
     * RFC 4271 9.1.2.2 read literally as successive eliminations (with weight, LOCAL_PREF and the
     * local-route step first, RFC 4456's cluster-list step before the peer address).
     */
    static Optional<Route> rfc4271Best(List<Route> candidates, IgpCost igp, DecisionOptions options) {
        List<Route> s = candidates.stream()
                .filter(r -> r.source().isLocal() || igp.costTo(r.nextHop()) != IgpCost.UNREACHABLE).toList();
        s = keepLowest(s, r -> -Integer.toUnsignedLong(r.attributes().weight()));
        s = keepLowest(s, r -> -Integer.toUnsignedLong(r.attributes().localPref()));
        s = keepLowest(s, r -> r.source().isLocal() ? 0 : 1);
        s = keepLowest(s, r -> r.attributes().asPath().length());
        s = keepLowest(s, r -> r.attributes().origin().ordinal());
        List<Route> beforeMed = s;
        ToLongFunction<Route> med = r -> r.attributes().hasMed() ? r.attributes().med()
                : options.missingMedAsWorst() ? PathAttributes.MED_MAX : 0;
        s = beforeMed.stream().filter(r -> beforeMed.stream().noneMatch(q ->
                (options.alwaysCompareMed() || q.attributes().asPath().neighbourAs() == r.attributes().asPath().neighbourAs())
                        && med.applyAsLong(q) < med.applyAsLong(r))).toList();
        s = keepLowest(s, r -> r.source().isEbgp() ? 0 : 1);
        s = keepLowest(s, r -> r.source().isLocal() ? 0 : igp.costTo(r.nextHop()));
        s = keepLowest(s, r -> Integer.toUnsignedLong(r.bgpIdentifier()));
        s = keepLowest(s, r -> r.attributes().clusterListLength());
        s = keepLowest(s, r -> Integer.toUnsignedLong(r.source().peerAddress()));
        assertThat(s).hasSizeLessThanOrEqualTo(1);
        return s.stream().findFirst();
    }

    private static List<Route> keepLowest(List<Route> routes, ToLongFunction<Route> key) {
        long min = routes.stream().mapToLong(key).min().orElse(0);
        return routes.stream().filter(r -> key.applyAsLong(r) == min).toList();
    }

    private static Arbitrary<Scenario> scenarios(int maxSize, boolean deterministicMed) {
        Arbitrary<DecisionOptions> options = Combinators.combine(
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(1, 2, 64), Arbitraries.of(true, false))
                .as((always, det, worst, paths, relax) ->
                        new DecisionOptions(always, deterministicMed || det, worst, paths, relax));
        Arbitrary<List<Spec>> candidates = Arbitraries.oneOf(
                specs().list().ofMinSize(1).ofMaxSize(maxSize),
                medCycleProneSpecs().list().ofMinSize(3).ofMaxSize(maxSize));
        return Combinators.combine(candidates, Arbitraries.of(COSTS).list().ofSize(NEXT_HOPS), options)
                .as((specs, costs, opts) -> new Scenario(toRoutes(specs),
                        costs.stream().mapToLong(Long::longValue).toArray(), opts));
    }

    /**
     * iBGP routes equal down to the MED step, via AS 100 or AS 200: MED decides within an AS, IGP
     * cost or router ID across, so that non-transitive triples like RFC 3345's are common.
     */
    private static Arbitrary<Spec> medCycleProneSpecs() {
        return Combinators.combine(Arbitraries.of("100", "200"), Arbitraries.of(0L, 10L, 20L), Arbitraries.of(IDS),
                        Arbitraries.integers().between(0, NEXT_HOPS - 1))
                .as((path, med, id, hop) -> new Spec(0, 100, path, Origin.IGP, med, SourceType.IBGP,
                        Ipv4.parse(id), 0, 0, Ipv4.parse("192.0.2.0") + hop));
    }

    /**
     * Early steps (weight, LOCAL_PREF, origin) mostly tie and most paths have one AS, so that the
     * MED, IGP and tie-breaking steps, and MED cycles across neighbouring ASes, are reached often.
     */
    private static Arbitrary<Spec> specs() {
        Arbitrary<Spec> attributes = Combinators.combine(
                Arbitraries.frequency(Tuple.of(9, 0), Tuple.of(1, 1)),
                Arbitraries.frequency(Tuple.of(9, 100), Tuple.of(1, 200)),
                Arbitraries.frequency(Tuple.of(3, "100"), Tuple.of(3, "200"), Tuple.of(1, "300"), Tuple.of(1, "100 1"),
                        Tuple.of(1, "200 1"), Tuple.of(1, ""), Tuple.of(1, "100 1 2")),
                Arbitraries.frequency(Tuple.of(8, Origin.IGP), Tuple.of(1, Origin.EGP), Tuple.of(1, Origin.INCOMPLETE)),
                Arbitraries.of(MEDS),
                Arbitraries.frequency(Tuple.of(6, SourceType.IBGP), Tuple.of(3, SourceType.EBGP),
                        Tuple.of(1, SourceType.LOCAL)))
                .as((weight, lp, path, origin, med, type) ->
                        new Spec(weight, lp, path, origin, med, type, 0, 0, 0, 0));
        return Combinators.combine(attributes, Arbitraries.of(IDS),
                        Arbitraries.of("0.0.0.0", "0.0.0.0", "1.1.1.1", "4.4.4.4"),
                        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, NEXT_HOPS - 1))
                .as((spec, id, originator, clusters, hop) -> new Spec(spec.weight(), spec.localPref(), spec.path(),
                        spec.origin(), spec.med(), spec.type(), Ipv4.parse(id), Ipv4.parse(originator), clusters,
                        Ipv4.parse("192.0.2.0") + hop));
    }

    /** Gives each candidate a distinct peer address; at most one locally originated route. */
    private static List<Route> toRoutes(List<Spec> specs) {
        List<Route> routes = new ArrayList<>();
        boolean haveLocal = false;
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            SourceType type = s.type() == SourceType.LOCAL && haveLocal ? SourceType.IBGP : s.type();
            haveLocal |= type == SourceType.LOCAL;
            int peer = Ipv4.parse("10.0.0.1") + i;
            AsPath path = AsPath.parse(s.path());
            RouteSource source = switch (type) {
                case EBGP -> RouteSource.ebgp(path.isEmpty() ? 64999 : path.neighbourAs(), s.routerId(), peer,
                        Relationship.PEER);
                case IBGP -> RouteSource.ibgp(Routes.LOCAL_AS, s.routerId(), peer, false);
                case LOCAL -> RouteSource.local(Routes.LOCAL_AS, s.routerId());
            };
            PathAttributes attributes = PathAttributes.of(path, s.origin(), s.nextHop())
                    .withWeight(s.weight()).withLocalPref(s.localPref()).withMed(s.med())
                    .withOriginatorId(type == SourceType.IBGP ? s.originatorId() : 0)
                    .withClusterList(new int[type == SourceType.IBGP ? s.clusters() : 0]);
            routes.add(new Route(Routes.PREFIX, attributes, source));
        }
        return routes;
    }
}
