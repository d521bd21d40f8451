package org.anycastsim.scenarios.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.anycastsim.scenarios.scenario.Scenario;
import org.junit.jupiter.api.Test;

class DrillsTest {
    @Test
    void everyDrillLoadsValidatesAndMatchesItsCopyUnderExamples() throws Exception {
        for (String name : Drills.NAMES) {
            Scenario s = Drills.load(name);
            assertThat(s.name()).isEqualTo(name);
            assertThat(s.expectations()).isNotEmpty();
            Path copy = Path.of("..", "examples", "drills", name + ".yaml");
            assertThat(Files.readString(copy)).as("examples/drills/%s.yaml is the shipped drill", name)
                    .isEqualTo(Drills.text(name));
        }
    }

    /** Each drill's expectations encode what the seed says should happen; every one must pass. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"process-crash", "server-crash", "switch-crash",
        "router-crash", "thermonuclear"})
    void everyDrillPassesItsExpectations(String name) throws Exception {
        RunResult r = ScenarioRunner.run(Drills.load(name), ScenarioRunner.Options.quiet());
        assertThat(r.verdicts()).as(name).isNotEmpty().allSatisfy(v -> assertThat(v.passed())
                .as("%s: %s measured %s, expected %s", name, v.name(), v.measured(), v.bound()).isTrue());
        assertThat(r.measurements().events()).as("injected events").isNotEmpty();
    }
}
