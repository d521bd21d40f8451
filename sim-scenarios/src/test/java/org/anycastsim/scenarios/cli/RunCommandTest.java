package org.anycastsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {
    private static final String RES = "src/test/resources/org/anycastsim/scenarios/";

    private record Outcome(int exit, String out, String err) {}

    private static Outcome cli(String... args) {
        CommandLine cli = AnycastSim.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Outcome(exit, out.toString(), err.toString());
    }

    @Test
    void passingScenarioExitsZeroAndWritesItsFiles(@TempDir Path dir) {
        Outcome o = cli("run", RES + "run/pop-failover.yaml", "--out", dir.toString(), "--quiet", "--no-report");
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
        Outcome o = cli("run", file.toString(), "--out", dir.resolve("out").toString(), "--quiet", "--no-report");
        assertThat(o.exit()).isEqualTo(1);
        assertThat(o.out()).contains("FAIL").contains("FAILED failover within 1 s");
    }

    @Test
    void brokenFileExitsTwoWithFileLineAndColumnAndNoStackTrace() {
        Outcome o = cli("run", RES + "scenario/broken/unknown-field.yaml", "--quiet");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).containsPattern("unknown-field\\.yaml:\\d+:\\d+: field '");
        assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownDrillIsBadInput() {
        Outcome o = cli("drill", "no-such-drill", "--quiet");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("process-crash");
    }
}
