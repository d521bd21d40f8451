package org.anycastsim.scenarios.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anycastsim.core.bgp.policy.Comparison;
import org.anycastsim.core.bgp.policy.Match;
import org.anycastsim.core.bgp.policy.Verdict;
import org.anycastsim.core.kernel.Distribution;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.SessionKind;
import org.anycastsim.scenarios.scenario.Samples;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.bgp.RuleAction;
import org.anycastsim.scenarios.scenario.expect.BreakCause;
import org.anycastsim.scenarios.scenario.expect.Expectation;
import org.anycastsim.scenarios.scenario.timeline.SnapshotKind;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction;
import org.anycastsim.scenarios.scenario.topology.BuiltinTopology;
import org.anycastsim.scenarios.scenario.topology.ExplicitTopology;
import org.anycastsim.scenarios.scenario.topology.HashingKind;
import org.anycastsim.scenarios.scenario.topology.SessionSpec;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

    private static long s(long seconds) {
        return SimTime.seconds(seconds);
    }

    @Test
    void theDiamondRoundTrips() throws Exception {
        Scenario d = Samples.load("diamond.yaml");
        assertThat(d.name()).isEqualTo("diamond");
        assertThat(d.description()).startsWith("Four ASes in a diamond.");
        assertThat(d.seed()).isEqualTo(7);
        assertThat(d.durationNanos()).isEqualTo(s(120));

        ExplicitTopology t = (ExplicitTopology) d.topology();
        assertThat(t.ases()).extracting(a -> a.asn() + "=" + a.name())
                .containsExactly("1=origin", "2=left", "3=right", "4=client");
        assertThat(t.routers()).extracting(r -> r.name()).containsExactly("O", "L", "R", "C");
        assertThat(t.router("O").orElseThrow().routerId()).hasValue(0x01010101);
        assertThat(t.router("L").orElseThrow().location()).hasValueSatisfying(g -> {
            assertThat(g.latitude()).isEqualTo(51.5);
            assertThat(g.longitude()).isEqualTo(-0.12);
        });
        assertThat(t.links()).hasSize(4);
        assertThat(t.link("C", "R").orElseThrow().delayNanos()).hasValue(SimTime.millis(10));
        assertThat(t.link("R", "C").orElseThrow().capacityBps()).hasValue(10_000_000_000L);

        SessionSpec or = t.sessions().get(1);
        assertThat(t.kindOf(or)).contains(SessionKind.EBGP);
        assertThat(t.relationOf(or)).contains(PeeringRelation.CUSTOMER);
        assertThat(or.timers().hold()).hasValue(s(9));
        assertThat(or.timers().bfd().orElseThrow().interval()).hasValue(SimTime.millis(100));
        assertThat(t.sessions().get(2).timers().mrai()).hasValue(0);

        SessionSpec cr = t.sessions().get(3);
        assertThat(cr.relationship()).contains(PeeringRelation.PROVIDER);
        assertThat(cr.importRules()).hasSize(2);
        var prefer = cr.importRules().get(0);
        assertThat(prefer.name()).isEqualTo("import[0]");
        assertThat(prefer.match().asPathContains()).hasValue(1);
        assertThat(prefer.actions()).containsExactly(new RuleAction.SetLocalPref(150));
        assertThat(prefer.verdict()).isEqualTo(Verdict.ACCEPT);
        var noLong = cr.importRules().get(1);
        assertThat(noLong.name()).isEqualTo("no-long-paths");
        assertThat(noLong.match().asPathLength()).contains(new Match.AsPathLength(Comparison.GT, 5));
        assertThat(noLong.verdict()).isEqualTo(Verdict.REJECT);
        var tag = cr.exportRules().get(1);
        assertThat(tag.actions()).containsExactly(new RuleAction.AddCommunity(4 << 16 | 100), new RuleAction.Prepend(2));
        assertThat(tag.verdict()).isEqualTo(Verdict.NEXT);
        assertThat(cr.exportRules().get(0).match().prefixList().orElseThrow().entries()).hasSize(1);

        assertThat(t.prefixes()).singleElement().satisfies(p -> {
            assertThat(p.prefix()).isEqualTo(Prefix.parse("203.0.113.0/24"));
            assertThat(p.origin()).containsExactly("O");
        });
        assertThat(t.clients()).singleElement().satisfies(c -> assertThat(c.weight()).isEqualTo(1.0));

        assertThat(d.bgp().decision().maxPaths()).hasValue(2);
        assertThat(d.timeline()).hasSize(3);
        assertThat(d.timeline().get(0)).isEqualTo(new TimelineAction.Snapshot(s(30), "before", SnapshotKind.RIB,
                List.of("C"), Optional.empty(), d.timeline().get(0).where()));
        assertThat(d.timeline().get(1)).isInstanceOfSatisfying(TimelineAction.CutLink.class, c -> {
            assertThat(c.at()).isEqualTo(s(40));
            assertThat(c.a() + c.b()).isEqualTo("OR");
        });
        assertThat(((TimelineAction.Snapshot) d.timeline().get(2)).label()).isEqualTo("rib@100.000s");
        assertThat(d.expectations()).containsExactly(
                new Expectation.ControlPlaneConvergence("C converges after the cut", 1, s(60), d.expectations().get(0).where()),
                new Expectation.Converged("converged", true, d.expectations().get(1).where()));
    }

    @Test
    void positionsAreKeptOnActionsAndExpectations() throws Exception {
        Scenario d = Samples.load("diamond.yaml");
        var cut = d.timeline().get(1).where();
        assertThat(cut.position().line()).isEqualTo(48);
        assertThat(cut.position().column()).isEqualTo(5);
        assertThat(cut.path()).isEqualTo("timeline[1]");
        assertThat(cut.at("b").column()).isEqualTo(42);
        assertThat(cut.error("b", "down already").getMessage())
                .isEqualTo(Samples.valid("diamond.yaml") + ":48:42: field 'timeline[1].b': down already");
        assertThat(d.expectations().get(0).where().at("below").line()).isEqualTo(51);
    }

    @Test
    void theCloudflareDrillRoundTrips() throws Exception {
        Scenario c = Samples.load("cloudflare-drill.yaml");
        BuiltinTopology b = (BuiltinTopology) c.topology();
        assertThat(b.name()).isEqualTo("cloudflare-2013");
        var o = b.overrides();
        assertThat(o.serversPerPop()).isEmpty();
        assertThat(o.serversByPop()).containsExactly(Map.entry("SJC", 12), Map.entry("LHR", 10));
        assertThat(o.switchesPerPop()).hasValue(2);
        assertThat(o.pathInflation()).hasValue(1.5);
        assertThat(o.transits()).contains(List.of(1299, 174, 3356));
        assertThat(o.peeringShare()).hasValue(0.25);
        assertThat(o.hashing()).contains(HashingKind.MAGLEV);

        var bgp = c.bgp();
        assertThat(bgp.server().bfd().orElseThrow().multiplier()).hasValue(3);
        assertThat(bgp.conditionalDefault().orElseThrow().minRoutes()).hasValue(1);
        assertThat(bgp.conditional().get(Prefix.parse("173.245.58.0/24")).minFraction()).hasValue(0.75);

        var hosts = c.hosts();
        assertThat(hosts.capacityRps()).containsExactly(Map.entry("dns", 50_000.0), Map.entry("proxy", 20_000.0));
        assertThat(hosts.weights()).containsExactly(Map.entry("SJC-s03", 20L));
        assertThat(hosts.monitor().restart()).contains(new Distribution.LogNormal(1.5, 0.3));
        assertThat(hosts.monitor().failuresToWithdraw()).hasValue(2);
        assertThat(hosts.controlServer().boot()).contains(new Distribution.Uniform(60, 120));
        assertThat(hosts.controlServer().ipmiDuration()).contains(new Distribution.Constant(30));
        assertThat(hosts.repair().switchRepair()).contains(new Distribution.Uniform(600, 1800));

        var traffic = c.traffic();
        assertThat(traffic.services().get("dns").rateRps()).isEqualTo(1.5e6);
        assertThat(traffic.services().keySet()).containsExactly("dns", "proxy");
        assertThat(traffic.sessionsPerSecond()).hasValue(2000);
        assertThat(traffic.diurnalAmplitude()).hasValue(0.0);
        assertThat(traffic.resolution()).hasValue(s(1));
        assertThat(traffic.flashCrowds()).singleElement().satisfies(f -> {
            assertThat(f.region()).contains("EU");
            assertThat(f.factor()).isEqualTo(3.0);
            assertThat(f.stop()).isEqualTo(s(120));
        });
        assertThat(traffic.attacks()).singleElement().satisfies(a -> {
            assertThat(a.from()).containsExactly("CN", "RU");
            assertThat(a.rateRps()).isEqualTo(2e6);
            assertThat(a.start()).hasValue(s(200));
        });

        assertThat(c.timeline()).extracting(TimelineAction::kind)
                .containsExactly("snapshot", "crash-server", "crash-process", "crash-switch", "set-weight");
        assertThat(c.timeline().get(4)).isInstanceOfSatisfying(TimelineAction.SetWeight.class, w -> {
            assertThat(w.weight()).isEqualTo(5);
            assertThat(w.prefix()).contains(Prefix.parse("198.41.215.0/24"));
        });
        assertThat(c.expectations()).extracting(Expectation::kind).containsExactly("lostFraction",
                "controlPlaneConvergence", "dataPlaneConvergence", "maxPopUtilisation", "reaches", "withdrawn",
                "servedFraction", "brokenSessions", "converged");
        assertThat(c.expectations().get(0).name()).isEqualTo("DNS loss stays small");
        assertThat(c.expectations().get(1).name()).isEqualTo("controlPlaneConvergence");
        assertThat(c.expectations().get(7)).isInstanceOfSatisfying(Expectation.BrokenSessions.class,
                bs -> assertThat(bs.cause()).contains(BreakCause.POP_CHANGE));
    }

    @Test
    void popsSplitPlainServerListsOverTheSwitchesInBlocks() throws Exception {
        ExplicitTopology t = (ExplicitTopology) Samples.load("pops.yaml").topology();
        assertThat(t.pops().get(0).serversBySwitch()).containsExactly(
                Map.entry("LHR-sw1", List.of("LHR-s1", "LHR-s2")), Map.entry("LHR-sw2", List.of("LHR-s3")));
        assertThat(t.pops().get(0).controlServer()).contains("LHR-cs");
        assertThat(t.pops().get(1).serversBySwitch()).containsExactly(Map.entry("AMS-sw1", List.of("AMS-s1", "AMS-s2")));
        assertThat(t.link("AMS-r1", "T2").orElseThrow().distanceKm()).hasValue(20.0);
        assertThat(t.link("T1", "E").orElseThrow().igpCost()).hasValue(10);
        assertThat(t.sessions().get(2).timers().bfd().orElseThrow().enabled()).isFalse();
        assertThat(t.prefixes().get(0).service()).contains("dns");
    }

    @Test
    void jsonReadsLikeYaml() throws Exception {
        Scenario json = Samples.load("diamond.json");
        ExplicitTopology t = (ExplicitTopology) json.topology();
        assertThat(t.routers()).hasSize(4);
        assertThat(t.sessions().get(3).importRules().get(0).actions()).containsExactly(new RuleAction.SetLocalPref(150));
        assertThat(json.timeline().get(0).where().position().line()).isEqualTo(25);
        assertThat(json.expectations()).hasSize(1);
    }

    @Test
    void leftOutSectionsHaveTheirDefaults() throws Exception {
        Scenario minimal = Samples.yaml("name: m\nduration: 1s\ntopology: {builtin: diamond}\n");
        assertThat(minimal.seed()).isEqualTo(Scenario.DEFAULT_SEED);
        assertThat(minimal.description()).isEmpty();
        assertThat(minimal.bgp().ebgp().isEmpty()).isTrue();
        assertThat(minimal.bgp().toProfile()).isEqualTo(org.anycastsim.core.bgp.BgpProfile.defaults());
        assertThat(minimal.traffic().services()).isEmpty();
        assertThat(minimal.hosts().weights()).isEmpty();
        assertThat(minimal.timeline()).isEmpty();
        assertThat(minimal.expectations()).isEmpty();
        assertThat(((BuiltinTopology) minimal.topology()).overrides()).isEqualTo(
                org.anycastsim.scenarios.scenario.topology.BuiltinOverrides.NONE);
    }

    @Test
    void emptyValuesCountAsLeftOut() throws Exception {
        Scenario s = Samples.yaml("name: m\nduration: 1s\ntopology: {builtin: diamond}\ntimeline:\nexpect:\n");
        assertThat(s.timeline()).isEmpty();
    }
}
