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
import org.anycastsim.core.metrics.LogEvent;
import org.anycastsim.core.metrics.LogKind;
import org.junit.jupiter.api.Test;

class ProcessCrashTest {

    @Test
    void dnsCrashWithdrawsOnlyDnsPrefixesAtTheSecondFailedCheckThenRestartsAndReannounces() {
        TestPop pop = TestPop.started(1, HostConfig.DEFAULTS);
        assertThat(pop.daemon(3).announced()).containsExactlyInAnyOrder(DNS1, DNS2, PROXY1, PROXY2);
        pop.at(10.5, () -> pop.ops().crashProcess(pop.server(3), "dns"));
        pop.runUntil(11.9);
        assertThat(pop.hosts.canServe(pop.server(3).id(), "dns")).isFalse();
        assertThat(pop.hosts.canServe(pop.server(3).id(), "proxy")).isTrue();
        assertThat(pop.host(3).monitor().state("dns")).isEqualTo(CheckState.SUSPECT);
        assertThat(pop.daemon(3).callsAfter(s(10))).isEmpty();
        pop.runUntil(30);

        // checks at 11 s and 12 s fail: both DNS prefixes withdrawn at 12 s, nothing else
        List<Call> calls = pop.daemon(3).callsAfter(s(10));
        assertThat(calls.subList(0, 2)).containsExactly(
                new Call(s(12), Op.WITHDRAW, DNS1, 0), new Call(s(12), Op.WITHDRAW, DNS2, 0));
        assertThat(calls).noneMatch(c -> PROXY1.equals(c.prefix()) || PROXY2.equals(c.prefix()));

        // restarted: up after the restart draw; announced at the second passing check after that
        LogEvent up = pop.events("process-up").get(0);
        assertThat(up.kind()).isEqualTo(LogKind.REPAIR);
        assertThat(up.detail()).isEqualTo("dns restarted on SJC-s03");
        assertThat(up.time()).isGreaterThan(s(12));
        long secondPass = s(Math.floor(up.time() / 1e9) + 2);
        assertThat(calls.subList(2, 4)).containsExactly(
                new Call(secondPass, Op.ANNOUNCE, DNS1, 100), new Call(secondPass, Op.ANNOUNCE, DNS2, 100));
        assertThat(calls).hasSize(4);
        assertThat(pop.daemon(3).announced()).containsExactlyInAnyOrder(DNS1, DNS2, PROXY1, PROXY2);

        assertThat(pop.trace(10)).containsExactly(
                "10.500s failure process-crash SJC-s03",
                "12.000s detection monitor-detect SJC-s03",
                "12.000s withdraw service-down SJC-s03",
                "12.000s withdraw service-down SJC-s03",
                "12.000s info process-restart SJC-s03",
                format(up.time()) + " repair process-up SJC-s03",
                format(secondPass) + " info monitor-verify SJC-s03",
                format(secondPass) + " announce service-up SJC-s03",
                format(secondPass) + " announce service-up SJC-s03");
        LogEvent detect = pop.events("monitor-detect").get(0);
        assertThat(detect.detail()).isEqualTo("monitor detected dns down on SJC-s03");
        assertThat(pop.events(LogKind.WITHDRAW)).extracting(e -> e.fields().get("prefix"))
                .containsExactly(DNS1.toString(), DNS2.toString());

        // the other servers never noticed
        for (int n : new int[] {1, 2, 4}) {
            assertThat(pop.daemon(n).callsAfter(0)).isEmpty();
        }
    }

    @Test
    void aCrashFixedBeforeTheSecondCheckWithdrawsNothing() {
        TestPop pop = TestPop.started(1, HostConfig.DEFAULTS.withMonitor(
                MonitorConfig.DEFAULTS.withRestartSeconds(new org.anycastsim.core.kernel.Distribution.Constant(0.2))));
        pop.at(10.5, () -> pop.ops().crashProcess(pop.server(1), "proxy"));
        pop.at(11.2, () -> pop.ops().restartProcess(pop.server(1), "proxy"));
        pop.runUntil(30);
        assertThat(pop.daemon(1).callsAfter(0)).isEmpty();
        assertThat(pop.events(LogKind.DETECTION)).isEmpty();
        assertThat(pop.trace(10)).containsExactly(
                "10.500s failure process-crash SJC-s01",
                "11.200s info process-restart SJC-s01",
                "11.400s repair process-up SJC-s01");
    }

    @Test
    void cacheCrashIsRestartedButWithdrawsNothingByDefault() {
        TestPop pop = TestPop.started(1, HostConfig.DEFAULTS);
        pop.at(5.5, () -> pop.ops().crashProcess(pop.server(2), "cache"));
        pop.runUntil(30);
        assertThat(pop.daemon(2).callsAfter(0)).isEmpty();
        assertThat(pop.events("monitor-detect")).singleElement()
                .satisfies(e -> assertThat(e.time()).isEqualTo(s(7)));
        assertThat(pop.events("process-up")).hasSize(1);
        assertThat(pop.events("monitor-verify")).hasSize(1);
        assertThat(pop.host(2).process("cache").isRunning()).isTrue();
    }

    @Test
    void cacheCrashCanBeConfiguredToWithdrawTheProxyPrefixes() {
        List<ServiceSpec> specs = ServiceSpec.defaults().stream()
                .map(s -> s.name().equals("cache") ? s.withFailureWithdraws(List.of("proxy")) : s)
                .toList();
        TestPop pop = TestPop.started(1, HostConfig.DEFAULTS.withServices(specs));
        assertThat(pop.hosts.catalog().prefixesWithdrawnOnFailure("cache")).containsExactly(PROXY1, PROXY2);
        pop.at(5.5, () -> pop.ops().crashProcess(pop.server(2), "cache"));
        pop.runUntil(30);
        List<Call> calls = pop.daemon(2).callsAfter(0);
        assertThat(calls).extracting(Call::op, Call::prefix).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Op.WITHDRAW, PROXY1),
                org.assertj.core.groups.Tuple.tuple(Op.WITHDRAW, PROXY2),
                org.assertj.core.groups.Tuple.tuple(Op.ANNOUNCE, PROXY1),
                org.assertj.core.groups.Tuple.tuple(Op.ANNOUNCE, PROXY2));
        assertThat(calls.get(0).time()).isEqualTo(s(7));
        // the proxy process itself still served throughout
        assertThat(pop.host(2).process("proxy").isRunning()).isTrue();
    }

    @Test
    void aProcessThatCrashesAgainWhileRecoveringIsRestartedAgainAndAnnouncedOnlyOnce() {
        TestPop pop = TestPop.started(1, HostConfig.DEFAULTS.withMonitor(
                MonitorConfig.DEFAULTS.withRestartSeconds(new org.anycastsim.core.kernel.Distribution.Constant(0.5))));
        pop.at(10.5, () -> pop.ops().crashProcess(pop.server(4), "dns"));
        // withdrawn at 12, restarted, up at 12.5, crashes again at 12.7 before being verified
        pop.at(12.7, () -> pop.ops().crashProcess(pop.server(4), "dns"));
        pop.runUntil(30);
        assertThat(pop.events("process-restart")).extracting(LogEvent::time).containsExactly(s(12), s(13));
        // up at 13.5, passes at 14 and 15: announced at 15
        assertThat(pop.daemon(4).calls(Op.ANNOUNCE)).extracting(Call::time).containsExactly(0L, 0L, 0L, 0L, s(15), s(15));
        assertThat(pop.daemon(4).calls(Op.WITHDRAW)).hasSize(2);
    }

    private static String format(long nanos) {
        return org.anycastsim.core.kernel.SimTime.format(nanos);
    }
}
