package org.anycastsim.core.host;

import static org.anycastsim.core.host.TestPop.DNS1;
import static org.anycastsim.core.host.TestPop.DNS2;
import static org.anycastsim.core.host.TestPop.PROXY1;
import static org.anycastsim.core.host.TestPop.PROXY2;
import static org.anycastsim.core.host.TestPop.s;
import static org.assertj.core.api.Assertions.assertThat;

import org.anycastsim.core.host.RecordingDaemon.Call;
import org.anycastsim.core.host.RecordingDaemon.Op;
import org.anycastsim.core.metrics.LogEvent;
import org.anycastsim.core.metrics.LogKind;
import org.junit.jupiter.api.Test;

class LoadSheddingTest {
    private static final HostConfig CONFIG = HostConfig.DEFAULTS.withMonitor(
            MonitorConfig.DEFAULTS.withShedHoldDownSeconds(5));

    private static TestPop popWithLoads(HostConfig config, double first, double others) {
        TestPop pop = TestPop.started(11, config);
        for (int n = 1; n <= 4; n++) {
            pop.load.setUtilisation(pop.server(n).id(), n == 1 ? first : others);
            pop.load.setOffered(pop.server(n).id(), "dns", 1000);
            pop.load.setOffered(pop.server(n).id(), "proxy", 3000);
        }
        return pop;
    }

    @Test
    void aboveHighWaterOnePrefixAtATimeNeverTheLastOfAServiceAndBackOnlyBelowLowWater() {
        TestPop pop = popWithLoads(CONFIG, 0.5, 0.5);
        int s01 = pop.server(1).id();
        pop.at(10.5, () -> pop.load.setUtilisation(s01, 0.95));
        pop.runUntil(11.5);
        // first step: one prefix of the busiest service (proxy), not all
        assertThat(pop.daemon(1).callsAfter(0)).containsExactly(new Call(s(11), Op.WITHDRAW, PROXY2, 0));
        LogEvent shed = pop.events("load-shed").get(0);
        assertThat(shed.kind()).isEqualTo(LogKind.WITHDRAW);
        assertThat(shed.fields()).containsEntry("prefix", PROXY2.toString());
        assertThat(shed.detail()).contains("utilisation 0.95 above high-water 0.90");

        pop.runUntil(60);
        // after the hold-down one DNS prefix; then nothing: each service keeps its last route
        assertThat(pop.daemon(1).callsAfter(0)).containsExactly(
                new Call(s(11), Op.WITHDRAW, PROXY2, 0), new Call(s(16), Op.WITHDRAW, DNS2, 0));
        assertThat(pop.daemon(1).announced()).containsExactlyInAnyOrder(DNS1, PROXY1);
        assertThat(pop.host(1).monitor().shedPrefixes()).containsExactly(PROXY2, DNS2);

        // between the marks: hysteresis, nothing moves
        pop.at(60.5, () -> pop.load.setUtilisation(s01, 0.75));
        pop.runUntil(120);
        assertThat(pop.daemon(1).callsAfter(s(17))).isEmpty();

        // below low-water: back one at a time, last withdrawn first
        pop.at(120.5, () -> pop.load.setUtilisation(s01, 0.5));
        pop.runUntil(140);
        assertThat(pop.daemon(1).callsAfter(s(17))).containsExactly(
                new Call(s(121), Op.ANNOUNCE, DNS2, 100), new Call(s(126), Op.ANNOUNCE, PROXY2, 100));
        assertThat(pop.events("load-restore")).extracting(LogEvent::kind).containsOnly(LogKind.ANNOUNCE);
        assertThat(pop.host(1).monitor().shedPrefixes()).isEmpty();
        for (int n = 2; n <= 4; n++) {
            assertThat(pop.daemon(n).callsAfter(0)).isEmpty();
        }
    }

    @Test
    void withTheWholePopAboveTheMarkNothingIsWithdrawn() {
        TestPop pop = popWithLoads(CONFIG, 0.95, 0.95);
        pop.runUntil(120);
        for (int n = 1; n <= 4; n++) {
            assertThat(pop.daemon(n).callsAfter(0)).isEmpty();
        }
        assertThat(pop.events(LogKind.WITHDRAW)).isEmpty();
    }

    @Test
    void tooLittleSpareCapacityElsewhereWithdrawsNothing() {
        TestPop pop = popWithLoads(CONFIG, 0.95, 0.89);
        // one proxy prefix carries 1500 rps; the others could take 3 x 0.01 x 24 000 = 720 rps
        pop.runUntil(60);
        assertThat(pop.daemon(1).callsAfter(0)).isEmpty();
        // with more spare elsewhere it sheds
        for (int n = 2; n <= 4; n++) {
            int id = pop.server(n).id();
            pop.at(60.5, () -> pop.load.setUtilisation(id, 0.8));
        }
        pop.runUntil(61.5);
        assertThat(pop.daemon(1).callsAfter(0)).containsExactly(new Call(s(61), Op.WITHDRAW, PROXY2, 0));
    }

    @Test
    void deadServersOfferNoSpareCapacity() {
        TestPop pop = popWithLoads(CONFIG, 0.5, 0.95);
        pop.load.setUtilisation(pop.server(2).id(), 0.0);
        pop.at(1.5, () -> pop.ops().crashServer(pop.server(2)));
        pop.at(10.5, () -> pop.load.setUtilisation(pop.server(1).id(), 0.95));
        pop.runUntil(60);
        assertThat(pop.hosts.agent("SJC").status(pop.server(2))).isEqualTo(WatchStatus.RECOVERING);
        assertThat(pop.daemon(1).callsAfter(0)).isEmpty();
    }

    @Test
    void withoutAPerServiceMinimumItStillNeverWithdrawsAllItsRoutes() {
        TestPop pop = popWithLoads(CONFIG.withMonitor(CONFIG.monitor().withMinRoutesPerService(0)), 0.95, 0.1);
        pop.runUntil(200);
        assertThat(pop.daemon(1).calls(Op.WITHDRAW)).hasSize(3);
        assertThat(pop.daemon(1).announced()).hasSize(1);
    }

    @Test
    void shedPrefixesOfAServiceThatFailedComeBackOnlyWhenItIsVerified() {
        TestPop pop = popWithLoads(CONFIG, 0.95, 0.1);
        pop.runUntil(10); // PROXY2 at 1 s, DNS2 at 6 s
        assertThat(pop.daemon(1).announced()).containsExactlyInAnyOrder(DNS1, PROXY1);
        pop.at(10.5, () -> pop.ops().crashProcess(pop.server(1), "dns"));
        pop.at(10.6, () -> pop.load.setUtilisation(pop.server(1).id(), 0.3));
        pop.runUntil(12);
        // at 11 dns fails its first check: the low-water step gives back the healthy proxy's prefix,
        // not the failing DNS's; at 12 the failure withdraws DNS1
        assertThat(pop.daemon(1).callsAfter(s(10))).containsExactly(
                new Call(s(11), Op.ANNOUNCE, PROXY2, 100), new Call(s(12), Op.WITHDRAW, DNS1, 0));
        pop.runUntil(60);
        LogEvent verified = pop.events("monitor-verify").get(0);
        assertThat(pop.daemon(1).callsAfter(s(12))).extracting(Call::op, Call::prefix).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Op.ANNOUNCE, DNS1),
                org.assertj.core.groups.Tuple.tuple(Op.ANNOUNCE, DNS2));
        assertThat(pop.daemon(1).calls(Op.ANNOUNCE).stream().filter(c -> DNS2.equals(c.prefix())).toList())
                .last().satisfies(c -> assertThat(c.time()).isGreaterThan(verified.time()));
        assertThat(pop.daemon(1).announced()).containsExactlyInAnyOrder(DNS1, DNS2, PROXY1, PROXY2);
    }

    @Test
    void sheddingCanBeSwitchedOff() {
        TestPop pop = popWithLoads(CONFIG.withMonitor(CONFIG.monitor().withLoadShedding(false)), 0.99, 0.1);
        pop.runUntil(60);
        assertThat(pop.daemon(1).callsAfter(0)).isEmpty();
    }
}
