package org.anycastsim.core.host;

import static org.anycastsim.core.host.TestPop.DNS1;
import static org.anycastsim.core.host.TestPop.DNS2;
import static org.anycastsim.core.host.TestPop.PROXY1;
import static org.anycastsim.core.host.TestPop.PROXY2;
import static org.anycastsim.core.host.TestPop.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anycastsim.core.host.RecordingDaemon.Call;
import org.anycastsim.core.host.RecordingDaemon.Op;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.metrics.LogEvent;
import org.anycastsim.core.metrics.LogKind;
import org.junit.jupiter.api.Test;

class ServerCrashTest {
    /** Probes every 2 s, 1 s timeout, 3 misses; IPMI 30 s; PDU off 10 s; boot 60-120 s; wait 150 s. */
    private static HostConfig config(double ipmiSuccess) {
        return HostConfig.DEFAULTS.withControl(ControlConfig.DEFAULTS.withIpmi(ipmiSuccess, 30));
    }

    @Test
    void whenIpmiFailsThePduCyclesTheBoxAndTheControlServerRestartsBgpAfterBoot() {
        TestPop pop = TestPop.started(7, config(0.0));
        pop.at(100.3, () -> pop.ops().crashServer(pop.server(3)));
        pop.runUntil(100.3);
        // the daemon dies with the box, at once, without withdrawing anything
        assertThat(pop.daemon(3).callsAfter(s(100))).containsExactly(new Call(s(100.3), Op.KILL, null, 0));
        assertThat(pop.host(3).hardware()).isEqualTo(HardwareState.CRASHED);
        assertThat(pop.server(3).isUp()).isFalse();
        assertThat(pop.hosts.canServe(pop.server(3).id(), "dns")).isFalse();
        assertThat(pop.hosts.capacityRps(pop.server(3).id(), "proxy")).isZero();
        pop.runUntil(1000);

        // probes at 102, 104, 106 unanswered (timeouts at 103, 105, 107): lost at 107
        long lost = s(107);
        long pduAt = lost + s(30) + s(150);
        LogEvent booted = pop.events("booted").get(0);
        long verified = s(2 * Math.ceil(booted.time() / 2e9)); // the next probe round
        assertThat(booted.time()).isBetween(pduAt + s(10) + s(60), pduAt + s(10) + s(120));
        assertThat(pop.trace(100)).containsExactly(
                "100.300s failure server-crash SJC-s03",
                "107.000s detection probe-timeout SJC-s03",
                "107.000s info ipmi-reboot SJC-s03",
                "287.000s detection no-answer SJC-s03",
                "287.000s info pdu-cycle SJC-s03",
                "287.000s info power-off SJC-s03",
                "297.000s info boot SJC-s03",
                SimTime.format(booted.time()) + " repair booted SJC-s03",
                SimTime.format(verified) + " info verify SJC-s03",
                SimTime.format(verified) + " repair bgp-start SJC-s03",
                SimTime.format(verified) + " announce bgp-start SJC-s03",
                SimTime.format(verified) + " announce bgp-start SJC-s03",
                SimTime.format(verified) + " announce bgp-start SJC-s03",
                SimTime.format(verified) + " announce bgp-start SJC-s03");
        assertThat(pop.events("pdu-cycle").get(0).detail()).isEqualTo("PDU power cycle of SJC-s03");
        assertThat(pop.events("ipmi-reboot").get(0).detail()).isEqualTo("IPMI reboot of SJC-s03");
        assertThat(pop.events("booted").get(0).detail()).isEqualTo("SJC-s03 booted");

        List<Call> calls = pop.daemon(3).callsAfter(s(101));
        assertThat(calls).containsExactly(
                new Call(verified, Op.START, null, 0),
                new Call(verified, Op.ANNOUNCE, DNS1, 100),
                new Call(verified, Op.ANNOUNCE, DNS2, 100),
                new Call(verified, Op.ANNOUNCE, PROXY1, 100),
                new Call(verified, Op.ANNOUNCE, PROXY2, 100));
        assertThat(pop.host(3).hardware()).isEqualTo(HardwareState.UP);
        assertThat(pop.hosts.agent("SJC").status(pop.server(3))).isEqualTo(WatchStatus.ALIVE);
        assertThat(pop.host(3).monitor().isRunning()).isTrue();
        // the other servers were neither probed dead nor touched
        assertThat(pop.events(LogKind.DETECTION)).allMatch(e -> "SJC-s03".equals(e.node()));
        for (int n : new int[] {1, 2, 4}) {
            assertThat(pop.daemon(n).callsAfter(0)).isEmpty();
        }
    }

    @Test
    void aSuccessfulIpmiRebootNeedsNoPowerCycle() {
        TestPop pop = TestPop.started(7, config(1.0));
        pop.at(50.1, () -> pop.ops().crashServer(pop.server(1)));
        pop.runUntil(600);
        assertThat(pop.events("pdu-cycle")).isEmpty();
        assertThat(pop.events("ipmi-reboot")).singleElement().satisfies(e -> assertThat(e.time()).isEqualTo(s(57)));
        assertThat(pop.events("boot")).singleElement().satisfies(e -> {
            assertThat(e.time()).isEqualTo(s(87));
            assertThat(e.fields()).containsEntry("cause", "IPMI reset");
        });
        LogEvent booted = pop.events("booted").get(0);
        assertThat(booted.time()).isBetween(s(147), s(207));
        assertThat(pop.daemon(1).calls(Op.START)).extracting(Call::time)
                .containsExactly(0L, s(2 * Math.ceil(booted.time() / 2e9)));
        assertThat(pop.daemon(1).announced()).containsExactlyInAnyOrder(DNS1, DNS2, PROXY1, PROXY2);
    }

    @Test
    void aBoxThatComesBackNeitherWayIsEscalatedToHandsOnSite() {
        HostConfig config = HostConfig.DEFAULTS.withControl(
                ControlConfig.DEFAULTS.withIpmi(0.0, 30).withPdu(0.0, 10));
        TestPop pop = TestPop.started(7, config);
        pop.at(20.5, () -> pop.ops().crashServer(pop.server(2)));
        pop.runUntil(2000);
        // lost at 27, IPMI until 57, wait until 207, PDU off until 217, wait until 367
        assertThat(pop.events("needs-hands")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LogKind.ALERT);
            assertThat(e.time()).isEqualTo(s(367));
        });
        assertThat(pop.hosts.agent("SJC").status(pop.server(2))).isEqualTo(WatchStatus.GIVEN_UP);
        assertThat(pop.host(2).hardware()).isEqualTo(HardwareState.POWERED_OFF);

        // hands on site: an explicit restore brings it back, verified and announced
        pop.at(2000, () -> pop.ops().restoreServer(pop.server(2)));
        pop.runUntil(2200);
        assertThat(pop.host(2).hardware()).isEqualTo(HardwareState.UP);
        assertThat(pop.daemon(2).announced()).containsExactlyInAnyOrder(DNS1, DNS2, PROXY1, PROXY2);
        assertThat(pop.hosts.agent("SJC").status(pop.server(2))).isEqualTo(WatchStatus.ALIVE);
        assertThat(pop.events("ipmi-reboot")).hasSize(1);
    }

    @Test
    void anOperatorRestoreBeforeDetectionIsVerifiedWithoutIpmi() {
        TestPop pop = TestPop.started(3, HostConfig.DEFAULTS);
        pop.at(30.2, () -> pop.ops().crashServer(pop.server(4)));
        pop.at(31.0, () -> pop.ops().restoreServer(pop.server(4)));
        pop.runUntil(400);
        assertThat(pop.events("ipmi-reboot")).isEmpty();
        assertThat(pop.events("probe-timeout")).isEmpty();
        assertThat(pop.events("restore-server")).hasSize(1);
        assertThat(pop.events("verify")).hasSize(1);
        assertThat(pop.host(4).routes().isDaemonRunning()).isTrue();
        assertThat(pop.daemon(4).announced()).hasSize(4);
    }

    @Test
    void processCrashOnADeadBoxAndDoubleCrashAreHarmless() {
        TestPop pop = TestPop.started(3, config(1.0));
        pop.at(10, () -> pop.ops().crashServer(pop.server(1)));
        pop.at(11, () -> pop.ops().crashServer(pop.server(1)));
        pop.at(12, () -> pop.ops().crashProcess(pop.server(1), "dns"));
        pop.runUntil(13);
        assertThat(pop.events("server-crash")).hasSize(1);
        assertThat(pop.events("process-crash")).isEmpty();
        assertThat(pop.daemon(1).calls(Op.KILL)).hasSize(1);
    }
}
