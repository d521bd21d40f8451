package org.anycastsim.core.traffic.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.anycastsim.core.forward.NextHopSet;
import org.anycastsim.core.kernel.Distribution;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.traffic.DropReason;
import org.anycastsim.core.traffic.Traffic;
import org.anycastsim.core.traffic.TrafficConfig;
import org.anycastsim.core.traffic.TwoPops;
import org.anycastsim.core.traffic.World;
import org.junit.jupiter.api.Test;

class SampledSessionsTest {
    private final TwoPops t = new TwoPops();

    /** Every request sampled; web sessions are plain HTTP lasting {@code durationSeconds}. */
    private Traffic attach(double rps, double durationSeconds) {
        SessionConfig sessions = SessionConfig.defaults()
                .withSampling(Sampling.fraction(1.0))
                .withMix("web", Map.of(SessionKind.HTTP, 1.0, SessionKind.HTTPS, 1.0))
                .withDuration(new Distribution.Constant(durationSeconds));
        return t.w.attach(t.w.demand(rps).build(), TrafficConfig.defaults().withSessions(sessions));
    }

    private void runTo(double seconds) {
        t.w.simulator.runUntil(SimTime.seconds(seconds));
    }

    private static long onServers(List<SampledSession> live, int... servers) {
        return live.stream().filter(s -> java.util.Arrays.stream(servers).anyMatch(id -> id == s.server())).count();
    }

    @Test
    void aPopChangeBreaksTcpSessionsButNeverADnsQuery() {
        Traffic tr = attach(1000, 100);
        runTo(2);
        long jpWeb = onServers(tr.sessions().live(), t.nrt.serverIds());
        assertThat(jpWeb).isGreaterThan(500);
        // T-AS now sends everything across the ocean: JP's packets land in LHR.
        t.w.route(t.tas, t.teu);
        runTo(3);
        SessionStats stats = tr.sessions().stats();
        assertThat(stats.broken("web", BreakCause.POP_CHANGE)).isEqualTo(jpWeb);
        assertThat(stats.broken("web", BreakCause.SERVER_CHANGE)).isZero();
        for (BreakCause c : BreakCause.values()) {
            assertThat(stats.broken("dns", c)).isZero();
        }
        // DNS queries simply keep being answered, now from LHR.
        assertThat(stats.answered("dns")).isGreaterThan(2500);
        assertThat(stats.failed()).isZero();
        assertThat(tr.sessions().live()).allMatch(s -> s.kind().isConnection());
    }

    @Test
    void aServerDeathBreaksItsSessionsAndOnlyThose() {
        Traffic tr = attach(1000, 100);
        runTo(2);
        int victim = t.lhr.serverIds()[1];
        List<SampledSession> live = tr.sessions().live();
        long onVictim = onServers(live, victim);
        assertThat(onVictim).isGreaterThan(50);
        t.w.hosts.kill(victim, null);
        tr.hostsChanged(victim);
        assertThat(tr.sessions().stats().broken(BreakCause.SERVER_DEATH)).isEqualTo(onVictim);
        assertThat(tr.sessions().live()).noneMatch(s -> s.server() == victim);
        assertThat(tr.sessions().live()).hasSize((int) (live.size() - onVictim));
    }

    @Test
    void aProcessCrashBreaksOnlyThatServicesSessions() {
        Traffic tr = attach(1000, 100);
        runTo(2);
        int victim = t.lhr.serverIds()[0];
        t.w.hosts.kill(victim, "dns");
        tr.hostsChanged(victim);
        // DNS holds no sessions: nothing breaks; the web sessions on the box live on.
        assertThat(tr.sessions().stats().brokenTotal()).isZero();
        t.w.hosts.kill(victim, "web");
        tr.hostsChanged(victim);
        assertThat(tr.sessions().stats().broken("web", BreakCause.SERVER_DEATH)).isGreaterThan(50);
    }

    @Test
    void aShortOutageBackToTheSameServersBreaksNothing() {
        Traffic tr = attach(1000, 100);
        runTo(2);
        t.w.forwarding.install(t.tas.id(), World.WEB, NextHopSet.EMPTY);
        runTo(2.5);
        assertThat(tr.sessions().live()).filteredOn(SampledSession::stalled).isNotEmpty();
        t.w.route(t.tas, World.WEB, t.nrt.router());
        runTo(3);
        assertThat(tr.sessions().stats().brokenTotal()).isZero();
        assertThat(tr.sessions().live()).noneMatch(SampledSession::stalled);
    }

    @Test
    void aSessionStillCutOffAtItsEndBreaksWithNoRoute() {
        Traffic tr = attach(1000, 1);
        runTo(2);
        long jp = onServers(tr.sessions().live(), t.nrt.serverIds());
        t.w.forwarding.install(t.tas.id(), World.WEB, NextHopSet.EMPTY);
        runTo(4);
        assertThat(tr.sessions().stats().broken("web", BreakCause.NO_ROUTE)).isEqualTo(jp);
        // New JP web sessions cannot even connect: their SYNs are lost and retried.
        assertThat(tr.sessions().stats().lostAttempts(DropReason.NO_ROUTE)).isGreaterThan(0);
    }

    @Test
    void dnsRetriesAfterItsTimeoutAndFailsOnlyWhenEveryTryIsLost() {
        Traffic tr = attach(1000, 100);
        runTo(1);
        t.w.forwarding.install(t.jp.id(), World.DNS, NextHopSet.EMPTY);
        runTo(6);
        SessionStats stats = tr.sessions().stats();
        // Queries sent in [1, 2) s are tried at t, t + 2, t + 4: all inside the outage.
        long failedEarly = stats.failed("dns");
        assertThat(failedEarly).isGreaterThan(300);
        t.w.route(t.jp, World.DNS, t.tas);
        runTo(12);
        // Queries sent in [2, 6) s got an answer on a retry once the route was back.
        assertThat(stats.retries()).isGreaterThan(failedEarly * 2);
        assertThat(stats.failed("dns")).isLessThan(failedEarly + 600);
        assertThat(stats.broken("dns", BreakCause.NO_ROUTE)).isZero();
    }

    @Test
    void anOverloadedServerRefusesTheShareTheFluidDrops() {
        for (int s : t.nrt.serverIds()) {
            t.w.hosts.capacity(s, "dns", 50);
        }
        SessionConfig sessions = SessionConfig.defaults().withSampling(Sampling.fraction(1.0));
        Traffic tr = t.w.attach(t.w.demand(0).serviceRate("dns", 1000).build(),
                TrafficConfig.defaults().withSessions(sessions));
        runTo(10);
        SessionStats stats = tr.sessions().stats();
        // JP offers 500 dns/s to 2 x 50 of capacity: 80 % of attempts at NRT are refused.
        long refused = stats.lostAttempts(DropReason.SERVER);
        long answeredAtNrt = (long) stats.latency().pop("NRT").count();
        assertThat(refused / (double) (refused + answeredAtNrt)).isCloseTo(0.8, within(0.03));
        assertThat(stats.retries()).isGreaterThan(0);
    }

    @Test
    void sessionLatencyIsTheRoundTripPlusQueueing() {
        Traffic tr = attach(1000, 100);
        runTo(2);
        var latency = tr.sessions().stats().latency();
        double jpRtt = 2 * (TwoPops.CLIENT_DELAY + TwoPops.POP_DELAY + 2 * World.LAN_DELAY + 4 * 50_000) / 1e6;
        assertThat(latency.region("AS").percentile(0.5)).isCloseTo(jpRtt, within(jpRtt * 0.02));
        assertThat(latency.pop("NRT").count()).isEqualTo(latency.region("AS").count());
        assertThat(latency.region("EU").percentile(0.99)).isGreaterThan(latency.region("AS").percentile(0.99));
    }

    @Test
    void tuplesComeFromTheClientsBlockAndTheEphemeralRange() {
        Traffic tr = attach(1000, 100);
        runTo(1);
        assertThat(tr.sessions().live()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.srcPort()).isBetween(32768, 60999);
            assertThat(World.WEB.contains(s.dstIp())).isTrue();
            assertThat(t.w.topology.node(s.client()) instanceof org.anycastsim.core.net.ClientNetwork c
                    && c.clientBlock().contains(s.srcIp())).isTrue();
        });
    }

    @Test
    void aRoutingChangeReexaminesOnlyTheSessionsItCanMove() {
        Traffic tr = attach(1000, 100);
        runTo(2);
        long jp = onServers(tr.sessions().live(), t.nrt.serverIds());
        long before = tr.sessions().reevaluations();
        t.w.route(t.nrt.router(), World.WEB, t.w.topology.node(t.nrt.serverIds()[0]));
        runTo(2.001);
        assertThat(tr.sessions().reevaluations() - before).isEqualTo(jp);
        // A DNS change at the same router re-examines nothing: no session is open for DNS.
        t.w.route(t.nrt.router(), World.DNS, t.w.topology.node(t.nrt.serverIds()[0]));
        runTo(2.002);
        assertThat(tr.sessions().reevaluations() - before).isEqualTo(jp);
    }

    @Test
    void sameSeedSameCounts() {
        long[] a = runOnce(5);
        long[] b = runOnce(5);
        long[] c = runOnce(6);
        assertThat(a).containsExactly(b);
        assertThat(a).isNotEqualTo(c);
    }

    private static long[] runOnce(long seed) {
        TwoPops t = new TwoPops(new org.anycastsim.core.forward.Maglev(), seed);
        SessionConfig sessions = SessionConfig.defaults().withSampling(Sampling.fraction(0.5));
        Traffic tr = t.w.attach(t.w.demand(1000).build(), TrafficConfig.defaults().withSessions(sessions));
        t.w.simulator.runUntil(SimTime.seconds(3));
        t.w.route(t.tas, t.teu);
        t.w.simulator.runUntil(SimTime.seconds(20));
        SessionStats s = tr.sessions().stats();
        return new long[] {s.started(), s.answered(), s.completed(), s.broken(BreakCause.POP_CHANGE), s.failed(),
            Double.doubleToLongBits(s.latency().all().mean()), t.w.simulator.executedEvents()};
    }
}
