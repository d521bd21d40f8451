package org.anycastsim.core.host;

import static org.anycastsim.core.host.TestPop.DNS1;
import static org.anycastsim.core.host.TestPop.DNS2;
import static org.anycastsim.core.host.TestPop.PROXY1;
import static org.anycastsim.core.host.TestPop.PROXY2;
import static org.anycastsim.core.host.TestPop.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.anycastsim.core.host.RecordingDaemon.Call;
import org.anycastsim.core.host.RecordingDaemon.Op;
import org.anycastsim.core.metrics.LogEvent;
import org.anycastsim.core.metrics.LogKind;
import org.anycastsim.core.net.Prefix;
import org.junit.jupiter.api.Test;

class WeightsAndViewTest {

    @Test
    void perServerPerPrefixWeightsAreAnnouncedAsMed() {
        HostConfig config = HostConfig.DEFAULTS.withDefaultWeight(200)
                .withServer("SJC-s02", ServerOverrides.NONE.withWeights(Map.of(DNS1, 50L, PROXY2, 70L)));
        TestPop pop = TestPop.started(1, config);
        assertThat(pop.daemon(2).calls(Op.ANNOUNCE)).extracting(Call::prefix, Call::weight).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DNS1, 50L),
                org.assertj.core.groups.Tuple.tuple(DNS2, 200L),
                org.assertj.core.groups.Tuple.tuple(PROXY1, 200L),
                org.assertj.core.groups.Tuple.tuple(PROXY2, 70L));
        assertThat(pop.daemon(1).calls(Op.ANNOUNCE)).extracting(Call::weight).containsOnly(200L);
        assertThat(pop.host(2).routes().weight(DNS1)).isEqualTo(50);
    }

    @Test
    void setWeightReannouncesWithTheNewMedWhileRunning() {
        TestPop pop = TestPop.started(1, HostConfig.DEFAULTS);
        pop.at(20, () -> pop.ops().setWeight(pop.server(1), DNS2, 10));
        pop.at(21, () -> pop.ops().setWeight(pop.server(1), DNS2, 10));
        pop.runUntil(30);
        assertThat(pop.daemon(1).callsAfter(0)).containsExactly(new Call(s(20), Op.ANNOUNCE, DNS2, 10));
        LogEvent change = pop.events("weight-change").get(0);
        assertThat(change.kind()).isEqualTo(LogKind.ANNOUNCE);
        assertThat(change.fields()).containsEntry("prefix", DNS2.toString()).containsEntry("weight", "10");
        assertThat(change.detail()).contains("weight 100 -> 10");
        assertThat(pop.events("set-weight")).hasSize(2);
    }

    @Test
    void aWeightSetWhileWithdrawnIsUsedAtTheNextAnnouncement() {
        TestPop pop = TestPop.started(1, HostConfig.DEFAULTS);
        pop.at(10.5, () -> pop.ops().crashProcess(pop.server(1), "dns"));
        pop.at(12.5, () -> pop.ops().setWeight(pop.server(1), DNS1, 5));
        pop.runUntil(40);
        assertThat(pop.daemon(1).calls(Op.ANNOUNCE).stream().filter(c -> c.time() > s(12)).toList())
                .extracting(Call::prefix, Call::weight).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DNS1, 5L),
                        org.assertj.core.groups.Tuple.tuple(DNS2, 100L));
    }

    @Test
    void hostViewReportsCapacityServiceStateAndExtraLoad() {
        HostConfig config = HostConfig.DEFAULTS.withServer("SJC-s04",
                ServerOverrides.NONE.withCapacityRps(Map.of("proxy", 6000.0)).withServices(Set.of("dns", "proxy")));
        TestPop pop = TestPop.started(1, config);
        int s04 = pop.server(4).id();
        assertThat(pop.hosts.canServe(s04, "proxy")).isTrue();
        assertThat(pop.hosts.capacityRps(s04, "proxy")).isEqualTo(6000);
        assertThat(pop.hosts.capacityRps(s04, "dns")).isEqualTo(20_000);
        assertThat(pop.hosts.canServe(s04, "cache")).isFalse();
        assertThat(pop.hosts.capacityRps(s04, "cache")).isZero();
        assertThat(pop.hosts.canServe(s04, "nonsense")).isFalse();
        assertThat(pop.hosts.canServe(pop.router.id(), "dns")).isFalse();
        assertThat(pop.hosts.servingCapacityRps(s04)).isEqualTo(26_000);
        assertThat(pop.hosts.servingCapacityRps(pop.server(1).id())).isEqualTo(24_000);
        assertThat(pop.hosts.meanWaitSeconds(s04, "proxy", 3000))
                .isCloseTo(QueueingModel.meanWaitSeconds(3000, 6000, 16), within(1e-15));

        pop.at(5, () -> pop.ops().overloadServer(pop.server(4), 5000));
        pop.runUntil(5);
        assertThat(pop.hosts.extraLoadRps(s04)).isEqualTo(5000);
        assertThat(pop.events("overload")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LogKind.TRAFFIC);
            assertThat(e.detail()).isEqualTo("SJC-s04 gets 5000.0 extra rps");
        });

        pop.at(6, () -> pop.ops().crashProcess(pop.server(4), "proxy"));
        pop.runUntil(6);
        assertThat(pop.hosts.canServe(s04, "proxy")).isFalse();
        assertThat(pop.hosts.capacityRps(s04, "proxy")).isZero();
        assertThat(pop.hosts.servingCapacityRps(s04)).isEqualTo(20_000);
        assertThat(pop.hosts.meanWaitSeconds(s04, "proxy", 10)).isInfinite();
    }

    @Test
    void aServerThatDoesNotRunAServiceNeverAnnouncesItsPrefixes() {
        HostConfig config = HostConfig.DEFAULTS.withServer("SJC-s01", ServerOverrides.NONE.withServices(Set.of("dns")));
        TestPop pop = TestPop.started(1, config);
        assertThat(pop.daemon(1).announced()).containsExactlyInAnyOrder(DNS1, DNS2);
        assertThat(pop.host(1).process("proxy")).isNull();
        assertThatThrownBy(() -> pop.ops().crashProcess(pop.server(1), "proxy"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not run proxy");
    }

    @Test
    void catalogMapsServicesToTheirPrefixes() {
        TestPop pop = new TestPop(1, HostConfig.DEFAULTS);
        ServiceCatalog catalog = pop.hosts.catalog();
        assertThat(catalog.prefixes("dns")).containsExactly(DNS1, DNS2);
        assertThat(catalog.prefixes("cache")).isEmpty();
        assertThat(catalog.prefixesWithdrawnOnFailure("dns")).containsExactly(DNS1, DNS2);
        assertThat(catalog.prefixesWithdrawnOnFailure("logging")).isEmpty();
        assertThat(catalog.prefixes()).containsExactly(DNS1, DNS2, PROXY1, PROXY2);
        pop.topology.addServicePrefix("ntp", Prefix.parse("162.159.200.0/24"));
        assertThatThrownBy(() -> ServiceCatalog.of(pop.topology, ServiceSpec.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ntp'");
        assertThatThrownBy(() -> ServiceCatalog.of(Map.of(),
                java.util.List.of(new ServiceSpec("cache", 1, 1, java.util.List.of("nosuch")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configsRejectNonsense() {
        assertThatThrownBy(() -> MonitorConfig.DEFAULTS.withWaterMarks(0.6, 0.9))
                .hasMessageContaining("hysteresis");
        assertThatThrownBy(() -> ControlConfig.DEFAULTS.withProbes(1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ControlConfig.DEFAULTS.withIpmi(1.5, 30))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HostConfig.DEFAULTS.withDefaultWeight(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
