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
}
