package org.anycastsim.scenarios.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.ScenarioException;
import org.anycastsim.scenarios.scenario.load.ScenarioLoader;
import org.anycastsim.scenarios.scenario.validate.ScenarioValidator;

/** The five failure drills of the seed, shipped as scenario files (also under examples/drills/). */
public final class Drills {
    /** In the seed's order: process, server, switch, router, and global thermonuclear war. */
    public static final List<String> NAMES = List.of("process-crash", "server-crash", "switch-crash", "router-crash",
            "thermonuclear");

    private Drills() {}

    /** The drill's scenario file as text. */
    public static String text(String name) throws IOException {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no drill named '" + name + "'; the drills are " + String.join(", ", NAMES));
        }
        try (InputStream in = Drills.class.getResourceAsStream("/org/anycastsim/scenarios/drills/" + name + ".yaml")) {
            if (in == null) {
                throw new IOException("drill " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The drill, loaded and validated. */
    public static Scenario load(String name) throws IOException, ScenarioException {
        Scenario s = ScenarioLoader.load("drills/" + name + ".yaml", text(name), false, Path.of("."));
        ScenarioValidator.check(s);
        return s;
    }
}
