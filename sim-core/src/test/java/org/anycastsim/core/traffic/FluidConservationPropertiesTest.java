package org.anycastsim.core.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.anycastsim.core.forward.HashThreshold;
import org.anycastsim.core.forward.HashingScheme;
import org.anycastsim.core.forward.Maglev;
import org.anycastsim.core.forward.ModuloN;
import org.anycastsim.core.forward.NextHopSet;
import org.anycastsim.core.forward.Path;
import org.anycastsim.core.forward.PathResolver;
import org.anycastsim.core.forward.ResilientBuckets;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.traffic.demand.Demand;
import org.anycastsim.core.traffic.session.Sampling;

/**
 * Conservation over random worlds: random topologies, random FIBs (empty entries, ECMP groups of
 * random weights over random — often unreachable — next hops, loops), random capacities and dead
 * processes, and random changes over time. Offered = served + dropped must hold for every server
 * cell, every service and in total, at every instant checked and in the integrals.
 */
class FluidConservationPropertiesTest {
    private static final HashingScheme[] SCHEMES = {new ModuloN(), new HashThreshold(), new ResilientBuckets(), new Maglev(251)};

    /** A random world and its random churn, all from one seed. */
    private static final class RandomWorld {
        final World w = new World();
        final Random random;
        final List<Node> routing = new ArrayList<>();
        final List<Node> candidates = new ArrayList<>();
        final List<Link> links = new ArrayList<>();

        RandomWorld(long seed, int scheme) {
            random = new Random(seed);
            GeoPoint here = new GeoPoint(0, 0);
            int transits = 1 + random.nextInt(4);
            List<Router> ts = new ArrayList<>();
            for (int i = 0; i < transits; i++) {
                ts.add(w.transitRouter("T" + i, here));
            }
            for (int i = 1; i < transits; i++) {
                links.add(w.link(ts.get(i), ts.get(random.nextInt(i)), 1_000_000 + random.nextInt(5_000_000)));
            }
            int clients = 1 + random.nextInt(4);
            for (int i = 0; i < clients; i++) {
                ClientNetwork c = w.client("C" + i, random.nextBoolean() ? "EU" : "AS", here, random.nextInt(5));
                links.add(w.link(c, ts.get(random.nextInt(transits)), 1_000_000));
            }
            int pops = 1 + random.nextInt(3);
            for (int i = 0; i < pops; i++) {
                World.Pop p = w.pop("P" + i, here, 1 + random.nextInt(4));
                links.add(w.link(p.router(), ts.get(random.nextInt(transits)), 2_000_000));
                candidates.addAll(p.servers());
            }
            w.build(SCHEMES[scheme], seed);
            for (Node n : w.topology.nodes()) {
                if (n.routes()) {
                    routing.add(n);
                    candidates.add(n);
                }
            }
            for (Node n : routing) {
                for (Prefix p : w.topology.allServicePrefixes()) {
                    randomEntry(n, p);
                }
            }
            for (Node s : w.topology.nodes()) {
                if (s.kind() == org.anycastsim.core.net.NodeKind.SERVER) {
                    for (String svc : List.of("dns", "web")) {
                        w.hosts.capacity(s.id(), svc, random.nextInt(4) == 0 ? 0 : random.nextInt(2000));
                    }
                }
            }
        }

        /** Mostly sensible next hops (neighbours, a PoP's own servers), sometimes anything, sometimes nothing. */
        void randomEntry(Node n, Prefix p) {
            int roll = random.nextInt(10);
            NextHopSet set = NextHopSet.EMPTY;
            if (roll > 0) {
                int size = 1 + random.nextInt(3);
                for (int k = 0; k < size; k++) {
                    Node nh;
                    if (roll < 7 && n.pop() != null) {
                        List<Node> own = w.topology.popNodes(n.pop()).stream()
                                .filter(x -> x.kind() == org.anycastsim.core.net.NodeKind.SERVER).toList();
                        nh = own.get(random.nextInt(own.size()));
                    } else if (roll < 7 && !w.topology.linksOf(n).isEmpty()) {
                        List<Link> ls = w.topology.linksOf(n);
                        nh = ls.get(random.nextInt(ls.size())).other(n);
                    } else {
                        nh = candidates.get(random.nextInt(candidates.size()));
                    }
                    if (nh != n) {
                        set = set.with(nh.id(), 1 + random.nextInt(4));
                    }
                }
            }
            w.forwarding.install(n.id(), p, set);
        }

        /** One random change: a FIB entry, a host, or a link. */
        void churn(Traffic traffic) {
            int what = random.nextInt(10);
            if (what < 6) {
                Node n = routing.get(random.nextInt(routing.size()));
                List<Prefix> ps = w.topology.allServicePrefixes();
                randomEntry(n, ps.get(random.nextInt(ps.size())));
            } else if (what < 9) {
                Node s = candidates.get(random.nextInt(candidates.size()));
                if (s.kind() == org.anycastsim.core.net.NodeKind.SERVER) {
                    if (random.nextBoolean()) {
                        w.hosts.kill(s.id(), random.nextBoolean() ? "dns" : null);
                    } else {
                        w.hosts.revive(s.id(), "dns").revive(s.id(), null);
                    }
                    w.hosts.extraLoad(s.id(), random.nextInt(3) == 0 ? random.nextInt(1500) : 0);
                    traffic.hostsChanged(s.id());
                }
            } else {
                Link l = links.get(random.nextInt(links.size()));
                w.topology.setLinkUp(l, !l.isUp());
            }
        }
    }

    private static void assertConserved(Load l) {
        double tolerance = 1e-9 * Math.max(1.0, l.offered());
        assertThat(l.served()).isGreaterThanOrEqualTo(-tolerance);
        assertThat(l.dropped()).isGreaterThanOrEqualTo(-tolerance);
        assertThat(l.served() + l.dropped()).isCloseTo(l.offered(), within(tolerance));
    }

    @Property(tries = 150)
    void offeredEqualsServedPlusDroppedAtEveryInstantAndIntegrated(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 0, max = 3) int scheme) {
        RandomWorld rw = new RandomWorld(seed, scheme);
        Random r = rw.random;
        Demand demand = rw.w.demand(0).serviceRate("dns", r.nextInt(5000)).serviceRate("web", r.nextInt(5000)).build();
        Traffic traffic = rw.w.attach(demand, TrafficConfig.defaults().withSampling(Sampling.OFF));
        FluidLoad fluid = traffic.fluid();
        double expectedOffered = 0;
        long previous = 0;
        double legitRate = demand.totalLegitRate(0);
        for (int step = 1; step <= 12; step++) {
            long t = SimTime.millis(step * 250L);
            rw.w.simulator.runUntil(t);
            expectedOffered += legitRate * SimTime.toSeconds(t - previous);
            previous = t;
            for (String svc : List.of("dns", "web")) {
                assertConserved(fluid.aggregates().serviceRates(svc, TrafficClass.LEGIT));
                assertConserved(fluid.aggregates().serviceCounts(svc, TrafficClass.LEGIT));
            }
            for (Node n : rw.candidates) {
                if (n.kind() == org.anycastsim.core.net.NodeKind.SERVER) {
                    assertConserved(fluid.serverRates(n.id()));
                    Load dns = fluid.serverRates(n.id(), "dns");
                    if (!rw.w.hosts.canServe(n.id(), "dns")) {
                        assertThat(dns.served()).isZero();
                    }
                }
            }
            Load total = fluid.aggregates().totalCounts(TrafficClass.LEGIT);
            assertConserved(total);
            assertThat(total.offered()).isCloseTo(expectedOffered, within(1e-9 * Math.max(1, expectedOffered)));
            // What reached the servers plus what the network lost is what the clients offered.
            double atServers = 0;
            for (String pop : fluid.pops()) {
                atServers += fluid.aggregates().popRates(pop).offered();
            }
            Load now = fluid.aggregates().totalRates(TrafficClass.LEGIT);
            double network = 0;
            for (DropReason reason : DropReason.NETWORK) {
                for (int c = 0; c < demand.clientCount(); c++) {
                    for (int p = 0; p < demand.prefixCount(); p++) {
                        network += demand.legitRate(c, p, t) * fluid.lostFraction(c, p, reason);
                    }
                }
            }
            assertThat(atServers + network).isCloseTo(now.offered(), within(1e-9 * Math.max(1, now.offered())));
            // Three changes at the same instant, then the next step.
            for (int k = 0; k < 3; k++) {
                rw.churn(traffic);
            }
        }
    }

    @Property(tries = 100)
    void withoutEcmpTheFluidGoesWhereThePacketGoes(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        RandomWorld rw = new RandomWorld(seed, 1);
        // Reduce every entry to its smallest member: single paths only.
        for (Node n : rw.routing) {
            for (Prefix p : rw.w.topology.allServicePrefixes()) {
                var e = rw.w.forwarding.fib(n).entry(p);
                if (e != null) {
                    rw.w.forwarding.install(n.id(), p, NextHopSet.of(e.group().nextHops().id(0)));
                }
            }
        }
        Demand demand = rw.w.demand(1000).build();
        Traffic traffic = rw.w.attach(demand, TrafficConfig.defaults().withSampling(Sampling.OFF));
        rw.w.simulator.runUntil(0);
        PathResolver resolver = new PathResolver(rw.w.topology, rw.w.igp, rw.w.forwarding, 50_000);
        for (int c = 0; c < demand.clientCount(); c++) {
            for (int p = 0; p < demand.prefixCount(); p++) {
                Path path = resolver.resolve(demand.client(c), demand.client(c).clientBlock().host(1),
                        demand.prefix(p).address(), 40000, 53, 17);
                Map<Integer, Double> got = traffic.fluid().deliveries(c, p);
                if (path.delivered()) {
                    assertThat(got).containsExactly(Map.entry(path.last().id(), 1.0));
                } else {
                    assertThat(got).isEmpty();
                    assertThat(traffic.fluid().lostFraction(c, p, DropReason.of(path.outcome()))).isEqualTo(1.0);
                }
            }
        }
    }
}
