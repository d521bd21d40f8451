package org.anycastsim.scenarios.sweep;

import org.anycastsim.scenarios.cli.Cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anycast-sim sweep} end to end: outputs, the printed table and the exit codes. */
class SweepCliTest {

    @TempDir
    Path tmp;


    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    /** A sweep file written in the test, beside a copy of three-pops.yaml. */
    private Path sweepFile(String name, String text) throws Exception {
        Files.copy(SweepSamples.file("three-pops.yaml"), tmp.resolve("three-pops.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        return Files.writeString(tmp.resolve(name), text);
    }

    @Test
    void aFailedRunExits1AndPrintsTheWorstFirst() {
        Path out = tmp.resolve("out");
        Cli.Result r = run("sweep", SweepSamples.file("n-minus-1-pops.yaml").toString(), "--out", out.toString(),
                "--threads", "2", "--quiet", "--no-report");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines().toList()).element(1).asString()
                .startsWith("run      failed  max PoP util (%)  worst PoP  lost (%)  convergence (s)  verdict");
        assertThat(r.out().lines().toList()).element(2).asString().startsWith("n-1-FRA  FRA").endsWith("FAIL");
        assertThat(r.out()).contains("2 of 3 runs passed");
        assertThat(out.resolve("sweep.csv")).exists();
        assertThat(out.resolve("sweep.json")).exists();
        assertThat(out.resolve("report.html")).doesNotExist();
        assertThat(out.resolve("n-1-FRA")).doesNotExist();
    }

    @Test
    void everyRunPassingExits0() throws Exception {
        Path file = sweepFile("light.yaml", "name: light\nbase: three-pops.yaml\n"
                + "grid: {parameters: {demandFactor: [0.25, 0.5]}}\n");
        Cli.Result r = run("sweep", file.toString(), "--out", tmp.resolve("out").toString(), "--quiet", "--no-report");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("runs, worst first:").contains("demandFactor").contains("2 of 2 runs passed");
    }

    @Test
    void onlyRerunsTheNamedRunsAndKeepsThem() {
        Path out = tmp.resolve("out");
        Cli.Result r = run("sweep", SweepSamples.file("n-minus-1-pops.yaml").toString(), "--out", out.toString(),
                "--only", "n-1-AMS", "--keep-runs", "--quiet");
        assertThat(r.exit()).isZero();
        assertThat(out.resolve("n-1-AMS").resolve("report.html")).exists();
        assertThat(out.resolve("n-1-LHR")).doesNotExist();
        assertThat(out.resolve("report.html")).content().contains("n-1-AMS/report.html");
    }

    @Test
    void badInputExits2WithLocatedMessages() throws Exception {
        Path file = sweepFile("bad.yaml", "name: bad\nbase: three-pops.yaml\nnMinus1: {over: pop, at: 10s}\n");
        Cli.Result r = run("sweep", file.toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith(file + ":3:17: field 'nMinus1.over': 'pop' is not something a sweep can fail");
        assertThat(run("sweep", "no-such-sweep.yaml").err()).isEqualTo("no-such-sweep.yaml: no such file\n");
        Cli.Result unknownRun = run("sweep", SweepSamples.file("n-minus-1-pops.yaml").toString(), "--only", "n-1-AMX");
        assertThat(unknownRun.exit()).isEqualTo(2);
        assertThat(unknownRun.err()).contains("no run 'n-1-AMX' (did you mean 'n-1-AMS'?)");
        assertThat(run("sweep", SweepSamples.file("n-minus-1-pops.yaml").toString(), "--trace").exit()).isEqualTo(2);
    }

    @Test
    void helpShowsExamples() {
        Cli.Result r = run("sweep", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: anycast-sim sweep").contains("Examples:")
                .contains("anycast-sim sweep examples/sweeps/n-minus-1-pops.yaml").contains("--keep-runs")
                .contains("--threads");
    }
}
