package org.anycastsim.scenarios.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.anycastsim.core.kernel.RandomStream;
import org.anycastsim.core.kernel.RandomStreams;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.ScenarioException;
import org.anycastsim.scenarios.scenario.source.Problems;
import org.anycastsim.scenarios.scenario.source.Where;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction;
import org.anycastsim.scenarios.scenario.topology.OverrideException;
import org.anycastsim.scenarios.scenario.validate.ScenarioValidator;
import org.anycastsim.scenarios.sweep.SweepKind.Grid;
import org.anycastsim.scenarios.sweep.SweepKind.NMinus1;
import org.anycastsim.scenarios.sweep.SweepKind.RandomFailures;

/**
 * Derives a sweep's runs from its base scenario and validates every one of them, so that a sweep
 * of a hundred runs fails at once, with located messages, rather than at run 57. Problems repeated
 * by many runs (one mistake in the base) are reported once.
 */
public final class SweepPlanner {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A grid beyond this is a typo rather than a plan, and would take days. */
    static final long MAX_GRID_RUNS = 10_000;

    private SweepPlanner() {}

    /**
     * The runs, in the sweep's order.
     *
     * @param seed overrides the base scenario's seed (the CLI's {@code --seed}); random failure
     *             sweeps derive their runs' seeds from it
     */
    public static List<SweepRun> plan(Sweep sweep, OptionalLong seed) throws ScenarioException {
        Problems problems = new Problems();
        if (!NAME.matcher(sweep.name()).matches()) {
            problems.add(sweep.where().at("name"), "'" + sweep.name() + "' is not a sweep name: use lowercase "
                    + "letters, digits and '-'");
        }
        Scenario base = seed.isPresent() ? Variants.withSeed(sweep.base(), seed.getAsLong()) : sweep.base();
        List<SweepRun> runs = new ArrayList<>();
        SweepKind kind = sweep.kind();
        if (kind instanceof NMinus1 n) {
            nMinus1(base, n, problems, runs);
        } else if (kind instanceof RandomFailures r) {
            random(base, r, problems, runs);
        } else {
            grid(base, (Grid) kind, problems, runs);
        }
        throwIfAny(problems);
        List<SweepRun> named = runs.stream().map(run -> describe(sweep, run)).toList();
        named.forEach(run -> ScenarioValidator.validate(run.scenario()).forEach(problems::add));
        throwIfAny(problems);
        return named;
    }

    private static void throwIfAny(Problems problems) throws ScenarioException {
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.sorted());
        }
    }

    private static void nMinus1(Scenario base, NMinus1 n, Problems problems, List<SweepRun> runs) {
        withinRun(base, n.where(), "at", n.atNanos(), problems);
        for (FailureTarget target : targets(base, n.over(), n.where(), "over", problems)) {
            TimelineAction crash = target.crash(n.atNanos(), n.where(), "at", "over");
            runs.add(new SweepRun(runName("n-1-" + target.label()), Map.of("failed", target.label()),
                    Variants.withActions(base, List.of(crash))));
        }
    }

    private static void random(Scenario base, RandomFailures r, Problems problems, List<SweepRun> runs) {
        if (r.k() < 1) {
            problems.add(r.where().at("k"), "k must be at least 1, got " + r.k());
        }
        if (r.runs() < 1) {
            problems.add(r.where().at("runs"), "runs must be at least 1, got " + r.runs());
        }
        withinRun(base, r.where(), r.k() > 1 ? "interval" : "at", r.lastNanos(), problems);
        List<FailureTarget> targets = targets(base, r.of(), r.where(), "of", problems);
        if (!targets.isEmpty() && r.k() > targets.size()) {
            problems.add(r.where().at("k"), "k is " + r.k() + " but the network has only " + targets.size() + " "
                    + r.of().plural());
        }
        if (!problems.isEmpty()) {
            return;
        }
        int width = Integer.toString(r.runs()).length();
        for (int i = 1; i <= r.runs(); i++) {
            long seed = runSeed(base.seed(), i);
            List<FailureTarget> chosen = draw(targets, r.k(), seed);
            List<TimelineAction> crashes = new ArrayList<>();
            for (int j = 0; j < chosen.size(); j++) {
                crashes.add(chosen.get(j).crash(r.atNanos() + j * r.intervalNanos(), r.where(), "at", "of"));
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("failed", chosen.stream().map(FailureTarget::label).collect(Collectors.joining(" ")));
            parameters.put("seed", Long.toString(seed));
            String name = String.format(Locale.ROOT, "random-%0" + width + "d", i);
            runs.add(new SweepRun(name, parameters, Variants.withSeed(Variants.withActions(base, crashes), seed)));
        }
    }

    /** A name that is also a plain folder name: node names of an explicit network are free text. */
    private static String runName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    /**
     * The seed of random run {@code number}: a hash of the base seed and the number, so that a run
     * keeps its seed (and its failures) whatever the number of runs or threads.
     */
    static long runSeed(long baseSeed, int number) {
        return new RandomStreams(baseSeed).fresh("sweep.random.run-" + number).nextLong() >>> 1;
    }

    /** {@code k} distinct targets drawn with {@code seed}, in the order they fail (a partial Fisher-Yates shuffle). */
    static List<FailureTarget> draw(List<FailureTarget> targets, int k, long seed) {
        RandomStream random = new RandomStreams(seed).fresh("sweep.random.failures");
        List<FailureTarget> pool = new ArrayList<>(targets);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(pool.size() - i);
            FailureTarget swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, k));
    }

    private static void grid(Scenario base, Grid grid, Problems problems, List<SweepRun> runs) {
        if (grid.size() > MAX_GRID_RUNS) {
            problems.add(grid.where().at("parameters"), "the grid makes " + (grid.size() == Long.MAX_VALUE ? "too many"
                    : grid.size()) + " runs; at most " + MAX_GRID_RUNS + " (sweep fewer values at once)");
            return;
        }
        List<Combination> combinations = List.of(new Combination(new LinkedHashMap<>(), base));
        for (GridAxis axis : grid.axes()) {
            List<Combination> next = new ArrayList<>();
            for (Combination c : combinations) {
                for (GridValue value : axis.values()) {
                    Map<String, String> parameters = new LinkedHashMap<>(c.parameters());
                    parameters.put(axis.parameter(), value.text());
                    next.add(new Combination(parameters, value.applyTo(c.scenario())));
                }
            }
            combinations = next;
        }
        int width = Integer.toString(combinations.size()).length();
        for (int i = 0; i < combinations.size(); i++) {
            Combination c = combinations.get(i);
            runs.add(new SweepRun(String.format(Locale.ROOT, "grid-%0" + width + "d", i + 1), c.parameters(),
                    c.scenario()));
        }
    }

    /** A partial grid point: the values chosen so far and the scenario they make. */
    private record Combination(Map<String, String> parameters, Scenario scenario) {}

    private static List<FailureTarget> targets(Scenario base, ElementKind kind, Where where, String field,
            Problems problems) {
        Optional<List<FailureTarget>> targets;
        try {
            targets = NetworkElements.of(base.topology(), kind);
        } catch (OverrideException e) {
            return List.of(); // the validator reports the overrides at their line
        }
        if (targets.isEmpty()) {
            problems.add(where.at(field), "the base scenario imports its network, whose " + kind.plural()
                    + " are known only once it is built; sweep failures over a built-in or explicit network");
            return List.of();
        }
        if (targets.get().isEmpty()) {
            problems.add(where.at(field), "the base scenario's network has no " + kind.plural());
        }
        return targets.get();
    }

    private static void withinRun(Scenario base, Where where, String field, long atNanos, Problems problems) {
        if (atNanos > base.durationNanos()) {
            problems.add(where.at(field), "the " + (field.equals("at") ? "failure" : "last failure") + " at "
                    + SimTime.format(atNanos) + " is after the end of the run (duration "
                    + SimTime.format(base.durationNanos()) + ")");
        }
    }

    /**
     * The run under its own name: a scenario name (lowercase) derived from the run's, and a
     * description that says which run of which sweep it is, for a kept run's report.
     */
    private static SweepRun describe(Sweep sweep, SweepRun run) {
        String name = run.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String parameters = run.parameters().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String description = "Run " + run.name() + " of sweep " + sweep.name() + " (" + parameters + ")."
                + (run.scenario().description().isEmpty() ? "" : " " + run.scenario().description());
        return new SweepRun(run.name(), run.parameters(), Variants.named(run.scenario(), name, description));
    }
}
