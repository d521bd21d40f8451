package org.anycastsim.scenarios.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.anycastsim.scenarios.scenario.validate.ScenarioValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scenarios under examples/ run and pass; the chain's snapshot shows the four-hop path. */
class TextbookExamplesTest {
    @ParameterizedTest
    @ValueSource(strings = {"textbook/diamond", "textbook/five-as-chain", "textbook/clique", "scenarios/load-shedding",
        "scenarios/ddos", "scenarios/hash-weights"})
    void runsAndPasses(String name) throws Exception {
        Path dir = Files.createTempDirectory("example-");
        RunResult r = ScenarioRunner.run(ScenarioValidator.loadValid(Path.of("..", "examples", name + ".yaml")),
                new ScenarioRunner.Options(null, dir, null, null, "test"));
        assertThat(r.verdicts()).allMatch(ExpectationCheck.Verdict::passed);
        if (name.endsWith("five-as-chain")) {
            assertThat(Files.readString(dir.resolve("snapshots/announced.txt"))).contains("best: path [4 3 2 1]");
            assertThat(Files.readString(dir.resolve("snapshots/withdrawn.txt"))).doesNotContain("best:");
        }
    }
}
