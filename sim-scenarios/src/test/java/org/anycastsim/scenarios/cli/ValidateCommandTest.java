package org.anycastsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.anycastsim.scenarios.scenario.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidateCommandTest {


    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    static java.util.List<Path> validFiles() {
        return Samples.allValid();
    }

    static java.util.List<Path> brokenFiles() {
        return Samples.allBroken();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void aValidFileIsOk(Path file) {
        Cli.Result r = run("validate", file.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith(file + ": ok (");
    }

    @Test
    void countsActionsAndExpectations() {
        Cli.Result r = run("validate", Samples.valid("diamond.yaml").toString(), Samples.valid("diamond.json").toString());
        assertThat(r.out()).isEqualTo(Samples.valid("diamond.yaml") + ": ok (3 actions, 2 expectations)\n"
                + Samples.valid("diamond.json") + ": ok (1 action, 1 expectation)\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileExits2WithLocatedMessagesAndNoStackTrace(Path file) {
        Cli.Result r = run("validate", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).isNotEmpty().allSatisfy(line ->
                assertThat(line).matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+(:\\d+)?: .+"));
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void checksEveryFileAndFailsIfAnyIsBroken() {
        Cli.Result r = run("validate", Samples.broken("hold-2s.yaml").toString(), Samples.valid("diamond.yaml").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("diamond.yaml: ok");
        assertThat(r.err()).contains("hold-2s.yaml:6:18: field 'bgp.server.hold': ");
    }

    @Test
    void aMissingFileIsBadInput() {
        Cli.Result r = run("validate", "no-such-scenario.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("no-such-scenario.yaml: no such file\n");
    }

    @Test
    void helpShowsExamples() {
        Cli.Result r = run("validate", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: anycast-sim validate").contains("Examples:")
                .contains("anycast-sim validate drill.yaml");
    }

    @Test
    void noFileIsAUsageError() {
        assertThat(run("validate").exit()).isEqualTo(2);
    }
}
