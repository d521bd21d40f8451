package org.anycastsim.scenarios.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.scenarios.input.InputException;
import org.anycastsim.scenarios.scenario.ScenarioException;
import org.anycastsim.scenarios.scenario.topology.BuiltinTopology;
import org.anycastsim.scenarios.sweep.SweepKind.Grid;
import org.anycastsim.scenarios.sweep.SweepKind.NMinus1;
import org.anycastsim.scenarios.sweep.SweepKind.RandomFailures;
import org.anycastsim.scenarios.sweep.load.SweepLoader;
import org.junit.jupiter.api.Test;

class SweepLoaderTest {

    private static List<String> problems(String yaml) {
        try {
            SweepSamples.yaml(yaml);
        } catch (ScenarioException e) {
            return e.problems().stream().map(InputException::getMessage).toList();
        }
        throw new AssertionError("expected problems in:\n" + yaml);
    }

    @Test
    void theSampleLoadsWithItsBaseFile() throws Exception {
        Sweep sweep = SweepLoader.load(SweepSamples.file("n-minus-1-pops.yaml"));
        assertThat(sweep.name()).isEqualTo("three-pops-n-1");
        assertThat(sweep.base().name()).isEqualTo("three-pops");
        assertThat(sweep.kind()).isEqualTo(new NMinus1(ElementKind.POPS, SimTime.seconds(10), sweep.kind().where()));
        assertThat(sweep.kind().where().at("over").line()).isEqualTo(5);
    }

    @Test
    void aBaseScenarioCanBeWrittenInline() throws Exception {
        Sweep sweep = SweepSamples.yaml("""
                name: inline
                scenario:
                  name: small
                  duration: 60s
                  topology: {builtin: diamond}
                random: {k: 2, of: servers, runs: 5, at: 10s, interval: 5s}
                """);
        assertThat(sweep.base().topology()).isInstanceOf(BuiltinTopology.class);
        assertThat(sweep.base().where().position().field()).isEqualTo("scenario");
        RandomFailures r = (RandomFailures) sweep.kind();
        assertThat(List.of(r.k(), r.runs())).containsExactly(2, 5);
        assertThat(r.of()).isEqualTo(ElementKind.SERVERS);
        assertThat(r.lastNanos()).isEqualTo(SimTime.seconds(15));
    }

    @Test
    void gridParametersKeepTheFileOrder() throws Exception {
        Sweep sweep = SweepSamples.overThreePops(
                "grid: {parameters: {serverBfd: [false, 50ms], serverHold: [3s, 9s, 90s]}}");
        Grid grid = (Grid) sweep.kind();
        assertThat(grid.axes()).extracting(GridAxis::parameter).containsExactly("serverBfd", "serverHold");
        assertThat(grid.axes().get(1).values()).extracting(GridValue::text).containsExactly("3s", "9s", "90s");
        assertThat(grid.size()).isEqualTo(6);
    }

    @Test
    void anUnknownFieldIsLocatedWithASuggestion() {
        assertThat(problems("name: x\nbase: three-pops.yaml\nnMinus1: {ovr: pops, at: 10s}\n")).containsExactly(
                "sweep.yaml:3:10: field 'nMinus1.over': missing; an N-1 sweep needs over, at",
                "sweep.yaml:3:11: field 'nMinus1.ovr': unknown field (did you mean 'over'?)");
    }

    @Test
    void badValuesAreLocated() {
        assertThat(problems("name: x\nbase: three-pops.yaml\nrandom: {k: two, of: pop, runs: 3, at: 10}\n"))
                .containsExactly(
                        "sweep.yaml:3:13: field 'random.k': expected a whole number, got the text 'two'",
                        "sweep.yaml:3:22: field 'random.of': 'pop' is not something a sweep can fail (did you mean "
                                + "'pops'?); one of pops, routers, switches, servers",
                        "sweep.yaml:3:40: field 'random.at': '10' has no unit; write e.g. 30s, 250ms, 2m");
    }

    @Test
    void aSweepHoldsOneKindAndOneBase() {
        assertThat(problems("name: x\nnMinus1: {over: pops, at: 1s}\ngrid: {parameters: {seed: [1]}}\n"))
                .containsExactly(
                        "sweep.yaml:1:1: field 'base': missing; a sweep needs its base scenario: 'base: FILE' or "
                                + "'scenario: {...}'",
                        "sweep.yaml:3:7: field 'grid': a sweep holds only one of nMinus1, random, grid");
    }

    @Test
    void aMissingBaseFileIsReportedAtItsLine() {
        assertThat(problems("name: x\nbase: nowhere.yaml\nnMinus1: {over: pops, at: 1s}\n")).containsExactly(
                "sweep.yaml:2:7: field 'base': no file nowhere.yaml (a relative path is read from the sweep file's "
                        + "folder)");
    }

    @Test
    void problemsOfAnInlineScenarioNameTheSweepFile() {
        assertThat(problems("""
                name: x
                scenario:
                  name: small
                  duration: 60s
                  topology: {builtin: diamond, overrides: {hashng: maglev}}
                grid: {parameters: {seed: [1, 2]}}
                """)).containsExactly("sweep.yaml:5:44: field 'scenario.topology.overrides.hashng': unknown field "
                        + "(did you mean 'hashing'?)");
    }

    @Test
    void gridValuesAreChecked() {
        assertThat(problems("""
                name: x
                base: three-pops.yaml
                grid:
                  parameters:
                    hashing: [maglev]
                    serverBfd: [false, 0s]
                    demandFactor: []
                    popMaxPaths: 8
                    colour: [red]
                """)).containsExactly(
                "sweep.yaml:5:14: field 'grid.parameters.hashing': hashing changes a built-in world's overrides, "
                        + "and the base scenario's network is not a built-in world",
                "sweep.yaml:6:24: field 'grid.parameters.serverBfd[1]': a BFD interval must be longer than 0 (write "
                        + "false to switch BFD off)",
                "sweep.yaml:7:19: field 'grid.parameters.demandFactor': give at least one value, e.g. "
                        + "demandFactor: [...]",
                "sweep.yaml:8:18: field 'grid.parameters.popMaxPaths': expected a list, got the number 8 (write [8] "
                        + "for a list of one)",
                "sweep.yaml:9:5: field 'grid.parameters.colour': unknown field; the grid's parameters takes "
                        + "serversPerPop, switchesPerPop, pathInflation, hashing, serverHold, serverBfd, ebgpMrai, "
                        + "popMaxPaths, demandFactor, seed");
    }

    @Test
    void aSweepFileThatIsNotThereIsOneProblem() {
        assertThatThrownBy(() -> SweepLoader.load(SweepSamples.file("none.yaml")))
                .isInstanceOf(ScenarioException.class).hasMessageEndingWith("none.yaml: no such file");
    }
}
