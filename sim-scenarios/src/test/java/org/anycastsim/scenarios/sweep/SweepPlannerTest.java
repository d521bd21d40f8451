package org.anycastsim.scenarios.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.scenarios.scenario.ScenarioException;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.CrashRouter;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.CrashSwitch;
import org.anycastsim.scenarios.scenario.topology.BuiltinTopology;
import org.anycastsim.scenarios.scenario.topology.HashingKind;
import org.anycastsim.scenarios.scenario.validate.ScenarioValidator;
import org.anycastsim.scenarios.sweep.load.SweepLoader;
import org.junit.jupiter.api.Test;

class SweepPlannerTest {

    private static List<SweepRun> plan(String kind) throws ScenarioException {
        return SweepPlanner.plan(SweepSamples.overThreePops(kind), OptionalLong.empty());
    }

    private static TimelineAction last(SweepRun run) {
        List<TimelineAction> timeline = run.scenario().timeline();
        return timeline.get(timeline.size() - 1);
    }

    @Test
    void nMinus1OverPopsCrashesEachPopRouterInItsOwnRun() throws Exception {
        List<SweepRun> runs = plan("nMinus1: {over: pops, at: 10s}");
        assertThat(runs).extracting(SweepRun::name).containsExactly("n-1-LHR", "n-1-AMS", "n-1-FRA");
        assertThat(runs).extracting(r -> r.parameters().get("failed")).containsExactly("LHR", "AMS", "FRA");
        assertThat(runs).allSatisfy(r -> {
            assertThat(r.scenario().timeline()).hasSize(1);
            assertThat(ScenarioValidator.validate(r.scenario())).isEmpty();
        });
        assertThat(runs).extracting(SweepPlannerTest::last).extracting(a -> ((CrashRouter) a).router())
                .containsExactly("LHR-r1", "AMS-r1", "FRA-r1");
        assertThat(runs).extracting(r -> last(r).at()).containsOnly(SimTime.seconds(10));
    }

    @Test
    void theExampleSweepsEveryPopOfCloudflare2013() throws Exception {
        Sweep example = SweepLoader.load(Path.of("../examples/sweeps/n-minus-1-pops.yaml"));
        List<SweepRun> runs = SweepPlanner.plan(example, OptionalLong.empty());
        assertThat(runs).hasSize(23).extracting(SweepRun::name).contains("n-1-FRA", "n-1-SJC", "n-1-HKG");
        assertThat(runs).extracting(r -> ((CrashRouter) last(r)).router()).contains("FRA-r1");
    }

    @Test
    void nMinus1CoversEveryRouterOrSwitch() throws Exception {
        assertThat(plan("nMinus1: {over: routers, at: 10s}")).extracting(SweepRun::name).containsExactly(
                "n-1-LHR-r1", "n-1-AMS-r1", "n-1-FRA-r1", "n-1-T", "n-1-E-GB", "n-1-E-NL", "n-1-E-DE");
        List<SweepRun> switches = plan("nMinus1: {over: switches, at: 10s}");
        assertThat(switches).extracting(r -> ((CrashSwitch) last(r)).switchName())
                .containsExactly("LHR-sw1", "AMS-sw1", "FRA-sw1");
    }

    @Test
    void theFailureIsAddedAfterTheBaseTimeline() throws Exception {
        Sweep sweep = SweepSamples.yaml("""
                name: after
                scenario:
                  name: with-timeline
                  duration: 60s
                  topology: {builtin: diamond}
                  timeline: [{at: 5s, action: crash-server, server: WEST-s01}]
                  expect: [{controlPlaneConvergence: {event: 1, below: 30s}}]
                nMinus1: {over: switches, at: 20s}
                """);
        List<SweepRun> runs = SweepPlanner.plan(sweep, OptionalLong.empty());
        assertThat(runs).isNotEmpty().allSatisfy(r -> {
            assertThat(r.scenario().timeline()).extracting(TimelineAction::kind)
                    .containsExactly("crash-server", "crash-switch");
        });
    }

    @Test
    void randomFailuresAreDeterministicPerSeed() throws Exception {
        String kind = "random: {k: 2, of: pops, runs: 12, at: 10s, interval: 5s}";
        List<SweepRun> first = plan(kind);
        List<SweepRun> again = plan(kind);
        assertThat(first).extracting(SweepRun::name).startsWith("random-01", "random-02").endsWith("random-12");
        assertThat(again).extracting(SweepRun::parameters).isEqualTo(first.stream().map(SweepRun::parameters).toList());
        List<Long> seedColumn = first.stream().map(r -> Long.parseLong(r.parameters().get("seed"))).toList();
        assertThat(first).extracting(SweepRun::seed).doesNotHaveDuplicates().containsExactlyElementsOf(seedColumn);
        List<String> failed = first.stream().map(r -> r.parameters().get("failed")).toList();
        assertThat(failed).allSatisfy(f -> assertThat(f.split(" ")).hasSize(2).doesNotHaveDuplicates());
        assertThat(new HashSet<>(failed)).as("twelve draws of 2 of 3 PoPs are not all the same").hasSizeGreaterThan(1);
        assertThat(first).allSatisfy(r -> assertThat(r.scenario().timeline()).extracting(TimelineAction::at)
                .containsExactly(SimTime.seconds(10), SimTime.seconds(15)));
        // A run's failures follow from its seed alone.
        SweepRun seventh = first.get(6);
        List<FailureTarget> pops = NetworkElements.of(seventh.scenario().topology(), ElementKind.POPS).orElseThrow();
        assertThat(SweepPlanner.draw(pops, 2, seventh.seed())).extracting(FailureTarget::label)
                .containsExactly(seventh.parameters().get("failed").split(" "));
        assertThat(SweepPlanner.runSeed(1, 7)).isEqualTo(seventh.seed());
    }

    @Test
    void anotherBaseSeedDrawsOtherRuns() throws Exception {
        Sweep sweep = SweepSamples.overThreePops("random: {k: 1, of: servers, runs: 8, at: 10s}");
        List<SweepRun> one = SweepPlanner.plan(sweep, OptionalLong.empty());
        List<SweepRun> seven = SweepPlanner.plan(sweep, OptionalLong.of(7));
        List<Long> seedsOfOne = one.stream().map(SweepRun::seed).toList();
        assertThat(seven).extracting(SweepRun::seed).doesNotContainAnyElementsOf(seedsOfOne);
    }

    @Test
    void aGridIsTheCartesianProductInFileOrder() throws Exception {
        List<SweepRun> runs = plan("grid: {parameters: {serverHold: [3s, 9s], serverBfd: [false, 50ms], "
                + "demandFactor: [1, 1.5]}}");
        assertThat(runs).hasSize(8);
        assertThat(runs).extracting(SweepRun::name).containsExactly("grid-1", "grid-2", "grid-3", "grid-4", "grid-5",
                "grid-6", "grid-7", "grid-8");
        assertThat(runs).extracting(r -> String.join(" ", r.parameters().values())).containsExactly(
                "3s false 1", "3s false 1.5", "3s 50ms 1", "3s 50ms 1.5",
                "9s false 1", "9s false 1.5", "9s 50ms 1", "9s 50ms 1.5");
        SweepRun last = runs.get(7);
        assertThat(last.scenario().bgp().server().hold()).hasValue(SimTime.seconds(9));
        assertThat(last.scenario().bgp().server().bfd().orElseThrow().interval()).hasValue(SimTime.millis(50));
        assertThat(last.scenario().traffic().services().get("dns").rateRps()).isEqualTo(4500);
        assertThat(runs.get(0).scenario().bgp().server().bfd().orElseThrow().enabled()).isFalse();
    }

    @Test
    void aGridChangesABuiltinWorldsOverrides() throws Exception {
        Sweep sweep = SweepSamples.yaml("""
                name: sizes
                scenario: {name: small, duration: 60s, topology: {builtin: diamond}}
                grid: {parameters: {serversPerPop: [2, 3], hashing: [modulo, maglev]}}
                """);
        List<SweepRun> runs = SweepPlanner.plan(sweep, OptionalLong.empty());
        assertThat(runs).extracting(r -> {
            var o = ((BuiltinTopology) r.scenario().topology()).overrides();
            return o.serversPerPop().getAsInt() + " " + o.hashing().orElseThrow();
        }).containsExactly("2 MODULO", "2 MAGLEV", "3 MODULO", "3 MAGLEV");
        assertThat(HashingKind.MAGLEV.fileName()).isEqualTo(runs.get(1).parameters().get("hashing"));
    }

    @Test
    void valuesTheValidatorRefusesPointAtTheSweepFile() {
        assertThatThrownBy(() -> plan("grid: {parameters: {serverHold: [2s, 9s]}}"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("sweep.yaml:3:34: field 'grid.parameters.serverHold[0]': a hold time is 0 (no keepalives) "
                        + "or at least 3s (RFC 4271 4.2), got 2.000s");
    }

    @Test
    void failuresMustFitTheNetworkAndTheRun() {
        assertThatThrownBy(() -> plan("random: {k: 4, of: pops, runs: 2, at: 10s, interval: 10s}"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("sweep.yaml:3:13: field 'random.k': k is 4 but the network has only 3 PoPs\n"
                        + "sweep.yaml:3:54: field 'random.interval': the last failure at 40.000s is after the end of "
                        + "the run (duration 30.000s)");
        assertThatThrownBy(() -> plan("nMinus1: {over: switches, at: 31s}"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("sweep.yaml:3:31: field 'nMinus1.at': the failure at 31.000s is after the end of the run "
                        + "(duration 30.000s)");
    }
}
