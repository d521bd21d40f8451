package org.anycastsim.core.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.anycastsim.core.forward.NextHopSet;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.metrics.Catchment;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.traffic.demand.ClientScope;
import org.anycastsim.core.traffic.demand.DdosAttack;
import org.anycastsim.core.traffic.demand.Demand;
import org.anycastsim.core.traffic.demand.FlashCrowd;
import org.anycastsim.core.traffic.session.Sampling;
import org.junit.jupiter.api.Test;

class FluidLoadTest {
    private static final TrafficConfig FLUID_ONLY = TrafficConfig.defaults().withSampling(Sampling.OFF);
    private final TwoPops t = new TwoPops();

    private Traffic attach(double rps) {
        return t.w.attach(t.w.demand(rps).build(), FLUID_ONLY);
    }

    private void runTo(double seconds) {
        t.w.simulator.runUntil(SimTime.seconds(seconds));
    }

    private static void assertConserved(Load l) {
        assertThat(l.served() + l.dropped()).isCloseTo(l.offered(), within(1e-9 * Math.max(1, l.offered())));
    }

    @Test
    void demandIsSplitByWeightAndEcmpByShare() {
        Traffic tr = attach(1000);
        runTo(0);
        FluidLoad f = tr.fluid();
        // DNS: GB 250 + DE 250 reach LHR's 4 servers (hash-threshold: a quarter each); JP 500 reaches NRT's 2.
        for (Server s : t.lhr.servers()) {
            assertThat(f.offeredRps(s.id(), "dns")).isCloseTo(125, within(1e-9));
        }
        for (Server s : t.nrt.servers()) {
            assertThat(f.offeredRps(s.id(), "dns")).isCloseTo(250, within(1e-9));
        }
        assertThat(f.aggregates().popRates("LHR").offered()).isCloseTo(1000, within(1e-9));
        assertThat(f.aggregates().clientRates(t.jp.id()).offered()).isCloseTo(1000, within(1e-9));
        assertThat(f.aggregates().serviceRates("web").offered()).isCloseTo(1000, within(1e-9));
    }

    @Test
    void unequalWeightsSplitByTheGroupsShare() {
        Traffic tr = attach(1000);
        int[] s = t.nrt.serverIds();
        t.w.forwarding.install(t.nrt.router().id(), World.DNS, NextHopSet.EMPTY.with(s[0], 1).with(s[1], 3));
        runTo(0);
        assertThat(tr.fluid().offeredRps(s[0], "dns")).isCloseTo(125, within(1e-9));
        assertThat(tr.fluid().offeredRps(s[1], "dns")).isCloseTo(375, within(1e-9));
    }

    @Test
    void overloadedServerServesItsCapacityAndDropsTheRest() {
        int s1 = t.nrt.serverIds()[0];
        t.w.hosts.capacity(s1, "dns", 100);
        Traffic tr = attach(1000);
        runTo(10);
        Load l = tr.fluid().serverRates(s1, "dns");
        assertThat(l.offered()).isCloseTo(250, within(1e-9));
        assertThat(l.served()).isCloseTo(100, within(1e-9));
        assertThat(l.dropped()).isCloseTo(150, within(1e-9));
        Load counts = tr.fluid().aggregates().serviceCounts("dns", TrafficClass.LEGIT);
        assertThat(counts.offered()).isCloseTo(10_000, within(1e-6));
        assertThat(counts.dropped()).isCloseTo(1_500, within(1e-6));
        assertConserved(counts);
        assertThat(tr.totals().lostFraction()).isCloseTo(1_500 / 20_000.0, within(1e-12));
        assertThat(tr.totals().droppedByReason().get("server")).isCloseTo(1_500, within(1e-6));
    }

    @Test
    void aDeadProcessDropsEverythingOfferedToItAndOnlyForItsService() {
        Traffic tr = attach(1000);
        int s1 = t.lhr.serverIds()[0];
        runTo(1);
        t.w.hosts.kill(s1, "dns");
        tr.hostsChanged(s1);
        runTo(3);
        assertThat(tr.fluid().serverRates(s1, "dns").served()).isZero();
        assertThat(tr.fluid().serverRates(s1, "dns").dropped()).isCloseTo(125, within(1e-9));
        assertThat(tr.fluid().serverRates(s1, "web").served()).isCloseTo(125, within(1e-9));
        // 125 requests/s lost for 2 s.
        assertThat(tr.totals().dropped()).isCloseTo(250, within(1e-6));
        assertThat(tr.fluid().utilisation(s1)).isCloseTo(250 / 1e9, within(1e-15));
    }

    @Test
    void trafficWithoutARouteIsLostInTheNetworkWithItsReason() {
        Traffic tr = attach(1000);
        runTo(2);
        t.w.forwarding.install(t.tas.id(), World.DNS, NextHopSet.EMPTY);
        runTo(4);
        t.w.topology.setLinkUp(t.w.topology.linkBetween(t.teu, t.lhr.router()), false);
        runTo(5);
        // JP's DNS (500/s) has no route from 2 s; all of EU (500/s per service) is cut from 4 s.
        var totals = tr.totals();
        assertThat(totals.droppedByReason().get("no-route")).isCloseTo(500 * 3, within(1e-6));
        assertThat(totals.droppedByReason().get("unreachable")).isCloseTo(1000 * 1, within(1e-6));
        assertThat(totals.offered()).isCloseTo(2000 * 5, within(1e-6));
        assertThat(totals.served() + totals.dropped()).isCloseTo(totals.offered(), within(1e-6));
        Demand d = tr.fluid().demand();
        assertThat(tr.fluid().lostFraction(d.clientIndex(t.jp.id()), d.prefixIndex(World.DNS), DropReason.NO_ROUTE))
                .isEqualTo(1.0);
    }

    @Test
    void countsIntegrateThePiecewiseConstantRatesExactly() {
        Traffic tr = attach(1000);
        int[] nrt = t.nrt.serverIds();
        runTo(4);
        // Withdraw one NRT server at 4 s: the other takes all of JP's 1000/s.
        t.w.route(t.nrt.router(), t.w.topology.node(nrt[1]));
        runTo(10);
        double served0 = tr.fluid().aggregates().serverServedCount(nrt[0]);
        double served1 = tr.fluid().aggregates().serverServedCount(nrt[1]);
        assertThat(served0).isCloseTo(500 * 4, within(1e-6));
        assertThat(served1).isCloseTo(500 * 4 + 1000 * 6, within(1e-6));
        assertThat(tr.fluid().aggregates().popCounts("NRT").served()).isCloseTo(1000 * 10, within(1e-6));
    }

    @Test
    void aFibChangeWalksOnlyTheFlowsCrossingThatRouterForThatPrefix() {
        Traffic tr = attach(1000);
        runTo(1);
        long walks = tr.fluid().flowWalks();
        // Only JP's DNS flow crosses NRT's router for the DNS prefix.
        t.w.forwarding.install(t.nrt.router().id(), World.DNS, NextHopSet.of(t.nrt.serverIds()[0]));
        runTo(2);
        assertThat(tr.fluid().flowWalks() - walks).isEqualTo(1);
        // A web change at LHR's router re-walks GB's and DE's web flows, not their DNS flows.
        t.w.forwarding.install(t.lhr.router().id(), World.WEB, NextHopSet.of(t.lhr.serverIds()[0]));
        runTo(3);
        assertThat(tr.fluid().flowWalks() - walks).isEqualTo(3);
    }

    @Test
    void changesAtOneInstantAreCoalescedIntoOneRecomputation() {
        Traffic tr = attach(1000);
        runTo(1);
        long before = tr.fluid().recomputations();
        t.w.simulator.schedule(SimTime.seconds(2), () -> {
            t.w.forwarding.install(t.tas.id(), World.DNS, NextHopSet.of(t.teu.id()));
            t.w.forwarding.install(t.teu.id(), World.DNS, NextHopSet.of(t.lhr.router().id()));
            t.w.forwarding.install(t.nrt.router().id(), World.DNS, NextHopSet.of(t.nrt.serverIds()[0]));
            tr.hostsChanged(t.lhr.serverIds()[0]);
        });
        runTo(3);
        assertThat(tr.fluid().recomputations() - before).isEqualTo(1);
        // JP now crosses the ocean to LHR.
        assertThat(tr.fluid().aggregates().popRates("LHR").offered()).isCloseTo(500 + 500 + 500, within(1e-9));
    }

    @Test
    void utilisationCountsAllServicesAndExtraLoad() {
        t.w.hosts.defaultCapacity(1000);
        int s = t.nrt.serverIds()[0];
        Traffic tr = attach(1000);
        runTo(1);
        // 250 dns + 250 web over 2000 of capacity.
        assertThat(tr.fluid().utilisation(s)).isCloseTo(0.25, within(1e-12));
        t.w.hosts.extraLoad(s, 1500);
        tr.hostsChanged(s);
        runTo(2);
        // Extra load takes 75 % of every service's capacity: 250 each offered against 250 left.
        assertThat(tr.fluid().utilisation(s)).isCloseTo(1.0, within(1e-12));
        assertThat(tr.fluid().serverRates(s, "dns").dropped()).isCloseTo(0, within(1e-9));
        t.w.hosts.extraLoad(s, 1800);
        tr.hostsChanged(s);
        runTo(3);
        assertThat(tr.fluid().serverRates(s, "dns").served()).isCloseTo(1000 * 0.1, within(1e-9));
        assertThat(tr.fluid().aggregates().popUtilisation("NRT")).isCloseTo((1000 + 1800) / 4000.0, within(1e-12));
    }

    @Test
    void aDdosLandsOnThePopsNearestItsSources() {
        Demand d = t.w.demand(1000)
                .attack(new DdosAttack(ClientScope.region("EU"), World.DNS, 1e6, SimTime.seconds(1), SimTime.seconds(2)))
                .build();
        t.w.hosts.defaultCapacity(100_000);
        Traffic tr = t.w.attach(d, FLUID_ONLY);
        runTo(1.5);
        assertThat(tr.fluid().aggregates().popRates("LHR").offered()).isCloseTo(1000 + 1e6, within(1e-6));
        assertThat(tr.fluid().aggregates().popRates("NRT").offered()).isCloseTo(1000, within(1e-9));
        assertThat(tr.fluid().aggregates().popUtilisation("LHR")).isGreaterThan(1.0);
        assertThat(tr.fluid().aggregates().popRates("NRT").dropped()).isZero();
        runTo(3);
        var totals = tr.totals();
        assertThat(totals.attackOffered()).isCloseTo(1e6, within(1e-3));
        // At LHR the servers shed both classes alike: DNS capacity 4 x 100k against 1,000,500 offered
        // (EU's legitimate 500/s plus the attack), for the attack's one second.
        double servedShare = 400_000 / 1_000_500.0;
        assertThat(totals.dropped()).isCloseTo(500 * (1 - servedShare), within(1e-6));
        assertThat(totals.offered()).isCloseTo(2000 * 3, within(1e-6));
        assertThat(totals.attackServed() + totals.attackDropped()).isCloseTo(totals.attackOffered(), within(1e-3));
    }

    @Test
    void aFlashCrowdIsFollowedAtItsChangePoints() {
        Demand d = t.w.demand(1000)
                .flashCrowd(new FlashCrowd(ClientScope.country("JP"), 3, SimTime.seconds(2), SimTime.seconds(4)))
                .build();
        Traffic tr = t.w.attach(d, FLUID_ONLY);
        runTo(5);
        // JP: 500/s per service, x3 for 2 s.
        assertThat(tr.fluid().aggregates().popCounts("NRT").offered()).isCloseTo(2 * (500 * 3 + 1500 * 2), within(1e-6));
        assertThat(tr.fluid().aggregates().popRates("NRT").offered()).isCloseTo(1000, within(1e-9));
    }

    @Test
    void latencyGrowsWithDistance() {
        Traffic tr = attach(1000);
        runTo(1);
        var lat = tr.fluid().latencyNow();
        // JP reaches NRT through 1 + 1 ms; GB through 1 + 1 ms, DE through 2 + 1 ms.
        assertThat(lat.region("EU").percentile(0.99)).isGreaterThan(lat.region("AS").percentile(0.99));
        double jpRtt = 2 * (TwoPops.CLIENT_DELAY + TwoPops.POP_DELAY + 2 * World.LAN_DELAY + 4 * 50_000) / 1e6;
        assertThat(lat.region("AS").percentile(0.5)).isCloseTo(jpRtt, within(jpRtt * 0.02));
        // Send JP across the ocean to LHR: its latency grows by two ocean crossings.
        t.w.route(t.tas, t.teu);
        t.w.route(t.teu, t.lhr.router());
        runTo(2);
        lat = tr.fluid().latencyNow();
        assertThat(lat.region("AS").percentile(0.5)).isGreaterThan(jpRtt + 2 * TwoPops.OCEAN_DELAY / 1e6 * 0.98);
    }

    @Test
    void catchmentNamesThePopThatGetsEachClient() {
        Traffic tr = attach(1000);
        runTo(1);
        Catchment c = tr.catchment("before");
        assertThat(c.entry("GB").pop()).isEqualTo("LHR");
        assertThat(c.entry("JP").pop()).isEqualTo("NRT");
        assertThat(c.entry("JP").popShare()).isEqualTo(1.0);
        assertThat(c.demandWeightByPop()).containsEntry("LHR", 2.0).containsEntry("NRT", 2.0);
        t.w.route(t.tas, t.teu);
        runTo(2);
        Catchment after = tr.catchment("after");
        assertThat(after.entry("JP").pop()).isEqualTo("LHR");
        t.w.forwarding.install(t.jp.id(), World.DNS, NextHopSet.EMPTY);
        t.w.forwarding.install(t.jp.id(), World.WEB, NextHopSet.EMPTY);
        runTo(3);
        assertThat(tr.catchment("cut").entry("JP").pop()).isNull();
    }
}
