package org.anycastsim.core.host;

import static org.anycastsim.core.host.TestPop.s;
import static org.assertj.core.api.Assertions.assertThat;

import org.anycastsim.core.host.RecordingDaemon.Op;
import org.anycastsim.core.kernel.Distribution;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.metrics.LogEvent;
import org.anycastsim.core.metrics.LogKind;
import org.anycastsim.core.net.Link;
import org.junit.jupiter.api.Test;

class NetworkFailureTest {

    @Test
    void switchCrashCutsItsServersOffAlertsAndPowerCyclesNobody() {
        TestPop pop = TestPop.started(5, HostConfig.DEFAULTS);
        pop.at(50.5, () -> pop.ops().crashSwitch(pop.sw1, s(600)));
        pop.runUntil(640);
        assertThat(pop.sw1.isUp()).isFalse();
        assertThat(pop.trace(50)).containsExactly(
                "50.500s failure switch-crash SJC-sw1",
                "50.500s alert switch-failure SJC-sw1",
                "57.000s detection probe-timeout SJC-s01",
                "57.000s detection probe-timeout SJC-s02",
                "57.000s alert servers-unreachable SJC-cs1");
        LogEvent alert = pop.events("servers-unreachable").get(0);
        assertThat(alert.detail()).contains("SJC-s01, SJC-s02").contains("SJC-sw1 down").contains("not rebooting");
        assertThat(pop.events("switch-failure").get(0).detail())
                .isEqualTo("monitors inside and outside SJC alert the networking team: switch failure of SJC-sw1");
        // healthy boxes stay up with their daemons: the router loses them by BFD or hold timer
        for (int n : new int[] {1, 2}) {
            assertThat(pop.host(n).hardware()).isEqualTo(HardwareState.UP);
            assertThat(pop.daemon(n).callsAfter(0)).isEmpty();
            assertThat(pop.hosts.agent("SJC").status(pop.server(n))).isEqualTo(WatchStatus.CUT_OFF);
        }
        assertThat(pop.events("ipmi-reboot")).isEmpty();
        assertThat(pop.events("pdu-cycle")).isEmpty();

        pop.runUntil(700);
        assertThat(pop.trace(641)).containsExactly(
                "650.500s repair switch-repair SJC-sw1",
                "652.000s detection reachable-again SJC-s01",
                "652.000s detection reachable-again SJC-s02");
        assertThat(pop.sw1.isUp()).isTrue();
        assertThat(pop.hosts.agent("SJC").status(pop.server(1))).isEqualTo(WatchStatus.ALIVE);
        assertThat(pop.daemon(1).callsAfter(0)).isEmpty();
    }

    @Test
    void switchRepairTimeIsDrawnFromItsDistribution() {
        HostConfig config = HostConfig.DEFAULTS.withRepairs(
                RepairConfig.DEFAULTS.withSwitchSeconds(new Distribution.Uniform(600, 1800)));
        TestPop pop = TestPop.started(5, config);
        pop.at(10, () -> pop.ops().crashSwitch(pop.sw2));
        pop.runUntil(10);
        long repair = pop.hosts.operations().network().repairTime(pop.sw2);
        assertThat(repair).isBetween(s(610), s(1810));
        pop.runUntil(2000);
        assertThat(pop.events("switch-repair")).singleElement()
                .satisfies(e -> assertThat(e.time()).isEqualTo(repair));
        assertThat(pop.sw2.isUp()).isTrue();
    }

    @Test
    void aServerThatDiedBehindTheDeadSwitchIsRebootedOnceTheSwitchIsBack() {
        TestPop pop = TestPop.started(5, HostConfig.DEFAULTS.withControl(ControlConfig.DEFAULTS.withIpmi(1.0, 30)));
        pop.at(50.5, () -> pop.ops().crashSwitch(pop.sw1, s(600)));
        pop.at(100, () -> pop.ops().crashServer(pop.server(2)));
        pop.runUntil(652.5);
        assertThat(pop.events("ipmi-reboot")).isEmpty();
        // after the repair at 650.5 s, s01 answers at 652 and s02 does not: dead after all
        assertThat(pop.events("reachable-again")).extracting(LogEvent::node).containsExactly("SJC-s01");
        assertThat(pop.events("ipmi-reboot")).isEmpty();
        pop.runUntil(1000);
        assertThat(pop.events("ipmi-reboot")).singleElement().satisfies(e -> {
            assertThat(e.node()).isEqualTo("SJC-s02");
            assertThat(e.time()).isEqualTo(s(653));
        });
        assertThat(pop.host(2).hardware()).isEqualTo(HardwareState.UP);
        assertThat(pop.daemon(2).announced()).hasSize(4);
    }

    @Test
    void manyServersVanishingAtOnceRaiseAnAlertInsteadOfPowerCycles() {
        TestPop pop = TestPop.started(5, HostConfig.DEFAULTS);
        pop.at(40.5, () -> {
            pop.ops().crashServer(pop.server(1));
            pop.ops().crashServer(pop.server(2));
            pop.ops().crashServer(pop.server(3));
        });
        pop.runUntil(400);
        assertThat(pop.events("mass-vanish")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LogKind.ALERT);
            assertThat(e.time()).isEqualTo(s(47));
            assertThat(e.detail()).startsWith("3 of 4 servers of SJC vanished at once");
        });
        assertThat(pop.events("ipmi-reboot")).isEmpty();
        assertThat(pop.hosts.agent("SJC").status(pop.server(1))).isEqualTo(WatchStatus.HELD);
    }

    @Test
    void twoIndependentCrashesAreStillRebooted() {
        TestPop pop = TestPop.started(5, HostConfig.DEFAULTS);
        pop.at(40.5, () -> {
            pop.ops().crashServer(pop.server(1));
            pop.ops().crashServer(pop.server(4));
        });
        pop.runUntil(48);
        assertThat(pop.events("mass-vanish")).isEmpty();
        assertThat(pop.events("ipmi-reboot")).extracting(LogEvent::node).containsExactly("SJC-s01", "SJC-s04");
    }

    @Test
    void routerCrashIsLoggedAlertedAndRepairedWithoutTouchingServers() {
        HostConfig config = HostConfig.DEFAULTS.withRepairs(
                RepairConfig.DEFAULTS.withRouterSeconds(new Distribution.Uniform(600, 1800)));
        TestPop pop = TestPop.started(9, config);
        pop.at(10, () -> pop.ops().crashRouter(pop.router));
        pop.runUntil(11);
        assertThat(pop.router.isUp()).isFalse();
        assertThat(pop.trace(10)).containsExactly(
                "10.000s failure router-crash SJC-r1",
                "10.000s alert router-failure SJC-r1");
        pop.runUntil(2000);
        LogEvent repair = pop.events("router-repair").get(0);
        assertThat(repair.kind()).isEqualTo(LogKind.REPAIR);
        assertThat(repair.time()).isBetween(s(610), s(1810));
        assertThat(pop.router.isUp()).isTrue();
        // the control server reaches its servers through the switches: nothing else happened
        assertThat(pop.trace(11)).containsExactly(SimTime.format(repair.time()) + " repair router-repair SJC-r1");
        for (int n = 1; n <= 4; n++) {
            assertThat(pop.daemon(n).callsAfter(0)).isEmpty();
        }
    }

    @Test
    void explicitRestoreCancelsThePendingRepairAndNeverMeansNoAutomaticRepair() {
        TestPop pop = TestPop.started(9, HostConfig.DEFAULTS);
        pop.at(10, () -> pop.ops().crashRouter(pop.router, SimTime.NEVER));
        pop.at(20, () -> pop.ops().crashSwitch(pop.sw2, s(100)));
        pop.at(30, () -> pop.ops().restoreSwitch(pop.sw2));
        pop.runUntil(10_000);
        assertThat(pop.router.isUp()).isFalse();
        assertThat(pop.events("switch-repair")).singleElement()
                .satisfies(e -> assertThat(e.time()).isEqualTo(s(30)));
        pop.ops().restoreRouter(pop.router);
        assertThat(pop.router.isUp()).isTrue();
    }

    @Test
    void linkCutAndRestore() {
        TestPop pop = TestPop.started(9, HostConfig.DEFAULTS);
        Link link = pop.topology.linkBetween(pop.sw2, pop.server(4));
        pop.at(10.5, () -> pop.ops().cutLink(link, s(60)));
        pop.runUntil(100);
        assertThat(pop.trace(10)).containsExactly(
                "10.500s failure link-cut SJC-sw2",
                "10.500s alert link-failure SJC-sw2",
                "17.000s detection probe-timeout SJC-s04",
                "17.000s alert servers-unreachable SJC-cs1",
                "70.500s repair link-restore SJC-sw2",
                "72.000s detection reachable-again SJC-s04");
        assertThat(pop.events("servers-unreachable").get(0).detail()).contains("link SJC-sw2 - SJC-s04 cut");
        assertThat(pop.daemon(4).calls(Op.KILL)).isEmpty();
    }
}
