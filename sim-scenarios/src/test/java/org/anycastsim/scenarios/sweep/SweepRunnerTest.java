package org.anycastsim.scenarios.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.anycastsim.report.data.OutputFormat;
import org.anycastsim.report.data.SweepRow;
import org.anycastsim.report.data.SweepTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {

    @TempDir
    Path tmp;

    private static SweepResults sweep(Sweep sweep, int threads) throws Exception {
        List<SweepRun> runs = SweepPlanner.plan(sweep, OptionalLong.empty());
        List<RunOutcome> outcomes = SweepRunner.run(runs, SweepRunner.Options.inMemory(threads));
        return SweepResults.of(sweep, sweep.base().seed(), outcomes);
    }

    @Test
    void oneThreadAndTwoThreadsWriteTheSameFiles() throws Exception {
        Sweep sweep = SweepSamples.overThreePops("random: {k: 1, of: switches, runs: 5, at: 10s}");
        sweep(sweep, 1).write(tmp.resolve("one"));
        sweep(sweep, 2).write(tmp.resolve("two"));
        for (String file : List.of(OutputFormat.SWEEP, SweepResults.SWEEP_JSON)) {
            assertThat(Files.readAllBytes(tmp.resolve("two").resolve(file)))
                    .isEqualTo(Files.readAllBytes(tmp.resolve("one").resolve(file)));
        }
        assertThat(Files.readAllLines(tmp.resolve("one").resolve(OutputFormat.SWEEP))).hasSize(6);
    }

    @Test
    void rowsComeWorstFirst() throws Exception {
        SweepResults results = sweep(SweepSamples.overThreePops("nMinus1: {over: pops, at: 10s}"), 2);
        results.write(tmp);
        SweepTable table = SweepTable.read(tmp.resolve(OutputFormat.SWEEP));
        // Without FRA, its German users go to LHR, already the busiest: the one overload of the three.
        assertThat(table.rows()).extracting(SweepRow::run).startsWith("n-1-FRA");
        assertThat(table.rows().get(0).maxPopUtilisation()).isGreaterThan(1.0);
        assertThat(table.rows().get(0).passed()).isFalse();
        assertThat(table.rows().subList(1, 3)).allSatisfy(r -> assertThat(r.passed()).isTrue());
        assertThat(table.rows()).isSortedAccordingTo((a, b) -> a.maxPopUtilisation() != b.maxPopUtilisation()
                ? Double.compare(b.maxPopUtilisation(), a.maxPopUtilisation())
                : a.lostFraction() != b.lostFraction() ? Double.compare(b.lostFraction(), a.lostFraction())
                : a.run().compareTo(b.run()));
        assertThat(table.parameterNames()).containsExactly("failed");
        assertThat(table.pops()).containsExactlyInAnyOrder("LHR", "AMS", "FRA");
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.popUtilisation()).containsKeys("LHR", "AMS", "FRA"));
        assertThat(results.allPassed()).isFalse();
        assertThat(results.passedCount()).isEqualTo(2);
    }

    @Test
    void tiesAreBrokenByTheRunName() throws Exception {
        // Without traffic every run has utilisation 0 and nothing lost: only the names order them.
        Sweep sweep = SweepSamples.yaml("""
                name: quiet
                scenario: {name: quiet, duration: 30s, topology: {builtin: diamond}}
                nMinus1: {over: switches, at: 10s}
                """);
        SweepResults results = sweep(sweep, 2);
        assertThat(results.runs()).extracting(o -> o.run().name()).containsExactly("n-1-EAST-sw1", "n-1-WEST-sw1");
        assertThat(results.pops()).isEmpty();
        assertThat(results.table().rows()).allSatisfy(r -> assertThat(r.worstPop()).isEmpty());
    }

    @Test
    void keptRunsWriteTheirOwnFolders() throws Exception {
        Sweep sweep = SweepSamples.overThreePops("nMinus1: {over: pops, at: 10s}");
        List<SweepRun> runs = SweepPlanner.plan(sweep, OptionalLong.empty()).subList(0, 1);
        SweepRunner.run(runs, new SweepRunner.Options(1, tmp, false, r -> "rerun " + r.name(), null));
        assertThat(tmp.resolve("n-1-LHR").resolve(OutputFormat.SUMMARY)).content().contains("\"rerun n-1-LHR\"")
                .contains("\"scenario\" : \"n-1-lhr\"");
    }
}
