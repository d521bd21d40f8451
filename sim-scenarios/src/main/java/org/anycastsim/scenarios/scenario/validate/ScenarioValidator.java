package org.anycastsim.scenarios.scenario.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.anycastsim.scenarios.input.InputException;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.ScenarioException;
import org.anycastsim.scenarios.scenario.load.ScenarioLoader;
import org.anycastsim.scenarios.scenario.source.Problems;
import org.anycastsim.scenarios.scenario.topology.ExplicitTopology;

/**
 * Checks a loaded scenario before anything runs: impossible values (a negative weight, a hold
 * time of 2 s, a fraction above 1, a time past the end), and references: every node, PoP,
 * prefix, service, client, attack and timeline event a scenario names must exist, in the world a
 * built-in topology builds or in the explicit network's own declarations. All problems are
 * collected, each with file, line, column and field, sorted by line.
 */
public final class ScenarioValidator {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ScenarioValidator() {}

    /** Every problem of {@code scenario}, sorted by line; empty if it may run. */
    public static List<InputException> validate(Scenario scenario) {
        Problems problems = new Problems();
        NetworkNames names = TopologyCheck.names(scenario.topology(), problems);
        Report r = new Report(problems, names, scenario.durationNanos());
        if (!NAME.matcher(scenario.name()).matches()) {
            String suggestion = scenario.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
            r.error(scenario.where(), "name", "'" + scenario.name() + "' is not a scenario name: use lowercase letters, "
                    + "digits and '-'" + (suggestion.isEmpty() ? "" : " (e.g. " + suggestion + ")"));
        }
        r.positiveDuration(scenario.where(), "duration", scenario.durationNanos());
        if (scenario.topology() instanceof ExplicitTopology explicit) {
            new ExplicitCheck(r, explicit).check();
        }
        BgpCheck.check(r, scenario.bgp());
        HostsCheck.check(r, scenario.hosts());
        TrafficCheck.check(r, scenario.traffic());
        new TimelineCheck(r, scenario.traffic().attacks()).check(scenario.timeline());
        ExpectationCheck expectations = new ExpectationCheck(r, scenario.timeline().size());
        scenario.expectations().forEach(expectations::check);
        return problems.sorted();
    }

    /** Throws every problem of {@code scenario} at once. */
    public static void check(Scenario scenario) throws ScenarioException {
        List<InputException> problems = validate(scenario);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    /** Loads and validates a file: what {@code anycast-sim validate} and {@code run} do first. */
    public static Scenario loadValid(Path file) throws ScenarioException {
        Scenario scenario = ScenarioLoader.load(file);
        check(scenario);
        return scenario;
    }
}
