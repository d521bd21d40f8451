package org.anycastsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    private static final String RES = "src/test/resources/org/anycastsim/scenarios/";


    private static Cli.Result cli(String... args) {
        return Cli.run(args);
    }

    @Test
    void passingScenarioExitsZeroAndWritesItsFiles(@TempDir Path dir) {
        Cli.Result o = cli("run", RES + "run/pop-failover.yaml", "--out", dir.toString(), "--quiet", "--no-report");
        assertThat(o.exit()).isZero();
        assertThat(o.out()).contains("pop-failover").contains("PASS");
        assertThat(dir.resolve("summary.json")).exists();
        assertThat(dir.resolve("report.html")).doesNotExist();
    }

    @Test
    void failingExpectationExitsOne(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(RES + "run/pop-failover.yaml"))
                .replace("dataPlaneConvergence: {event: 1, below: 1s}", "controlPlaneConvergence: {event: 1, below: 1us}");
        Path file = dir.resolve("strict.yaml");
        Files.writeString(file, text);
        Cli.Result o = cli("run", file.toString(), "--out", dir.resolve("out").toString(), "--quiet", "--no-report");
        assertThat(o.exit()).isEqualTo(1);
        assertThat(o.out()).contains("FAIL").contains("FAILED failover within 1 s");
    }

    @Test
    void brokenFileExitsTwoWithFileLineAndColumnAndNoStackTrace() {
        Cli.Result o = cli("run", RES + "scenario/broken/unknown-field.yaml", "--quiet");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).containsPattern("unknown-field\\.yaml:\\d+:\\d+: field '");
        assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownDrillIsBadInput() {
        Cli.Result o = cli("drill", "no-such-drill", "--quiet");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("process-crash");
    }

    @Test
    void aSweepFileGivenToRunPointsAtTheSweepCommand() {
        Cli.Result o = cli("run", "../examples/sweeps/n-minus-1-pops.yaml", "--quiet");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("is a sweep file").contains("anycast-sim sweep");
    }
}
