package org.anycastsim.scenarios.sweep;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.anycastsim.scenarios.scenario.ScenarioException;
import org.anycastsim.scenarios.sweep.load.SweepLoader;

/** The sweep samples under src/test/resources/org/anycastsim/scenarios/sweep/, and sweeps written in tests. */
public final class SweepSamples {

    private SweepSamples() {}

    public static Path folder() {
        try {
            return Path.of(SweepSamples.class.getResource("/org/anycastsim/scenarios/sweep").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path file(String name) {
        return folder().resolve(name);
    }

    /** Loads sweep YAML written in a test, as if it were {@code sweep.yaml} beside the samples. */
    public static Sweep yaml(String text) throws ScenarioException {
        return SweepLoader.load("sweep.yaml", text, false, folder());
    }

    /** A sweep over three-pops.yaml: {@code kind} is the sweep's last line(s), e.g. {@code nMinus1: {...}}. */
    public static Sweep overThreePops(String kind) throws ScenarioException {
        return yaml("name: test\nbase: three-pops.yaml\n" + kind + "\n");
    }
}
