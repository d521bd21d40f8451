package org.anycastsim.scenarios.sweep;

import java.util.Map;
import java.util.Objects;
import org.anycastsim.scenarios.scenario.Maps;
import org.anycastsim.scenarios.scenario.Scenario;

/**
 * One run of a sweep: a scenario derived from the base, validated, with its own seed.
 *
 * @param name       the run's name in the table and its folder's name ({@code n-1-FRA})
 * @param parameters what sets this run apart, by column ({@code failed: FRA}), in column order
 * @param scenario   what to run; its seed is the run's seed
 */
public record SweepRun(String name, Map<String, String> parameters, Scenario scenario) {

    public SweepRun {
        Objects.requireNonNull(name, "name");
        parameters = Maps.copy(parameters);
        Objects.requireNonNull(scenario, "scenario");
    }

    public long seed() {
        return scenario.seed();
    }
}
