package org.anycastsim.scenarios.scenario;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.anycastsim.scenarios.scenario.load.ScenarioLoader;

/** The sample scenario files under src/test/resources/org/anycastsim/scenarios/scenario/. */
public final class Samples {

    private Samples() {}

    public static Path valid(String name) {
        return folder("valid").resolve(name);
    }

    public static Path broken(String name) {
        return folder("broken").resolve(name);
    }

    public static List<Path> allValid() {
        return list(folder("valid"));
    }

    public static List<Path> allBroken() {
        return list(folder("broken"));
    }

    public static Scenario load(String validName) throws ScenarioException {
        return ScenarioLoader.load(valid(validName));
    }

    /** Loads YAML text written in a test. */
    public static Scenario yaml(String text) throws ScenarioException {
        return ScenarioLoader.load("test.yaml", text, false, Path.of("."));
    }

    private static Path folder(String name) {
        try {
            return Path.of(Samples.class.getResource("/org/anycastsim/scenarios/scenario/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
