package org.anycastsim.scenarios.sweep.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.ScenarioException;
import org.anycastsim.scenarios.scenario.load.Fields;
import org.anycastsim.scenarios.scenario.load.ScenarioLoader;
import org.anycastsim.scenarios.scenario.load.Values;
import org.anycastsim.scenarios.scenario.source.DocNode;
import org.anycastsim.scenarios.scenario.source.DocNode.DocScalar;
import org.anycastsim.scenarios.scenario.source.Problems;
import org.anycastsim.scenarios.scenario.source.Where;
import org.anycastsim.scenarios.scenario.topology.BuiltinTopology;
import org.anycastsim.scenarios.sweep.ElementKind;
import org.anycastsim.scenarios.sweep.GridAxis;
import org.anycastsim.scenarios.sweep.GridValue;
import org.anycastsim.scenarios.sweep.Setting;
import org.anycastsim.scenarios.sweep.Sweep;
import org.anycastsim.scenarios.sweep.SweepKind;

/** Reads the top level of a sweep file: its name, its base scenario and its one sweep kind. */
final class SweepReader {

    private final Problems problems;
    private final String source;
    private final Path baseDir;

    SweepReader(Problems problems, String source, Path baseDir) {
        this.problems = problems;
        this.source = source;
        this.baseDir = baseDir;
    }

    Sweep read(DocNode root) {
        Fields f = new Fields(problems, root, SweepShapes.SWEEP);
        String name = f.get("name", Values::name);
        String description = f.opt("description", Values::text).orElse("");
        Scenario base = base(f);
        SweepKind kind = kind(f, base);
        return f.build(() -> base == null || kind == null ? null : new Sweep(name, description, base, kind, f.where()));
    }

    /** The base scenario: a file ({@code base: peak.yaml}) or written inline ({@code scenario: {...}}). */
    private Scenario base(Fields f) {
        if (f.has("base") == f.has("scenario")) {
            problems.add(f.where().at(f.has("base") ? "scenario" : "base"), f.has("base")
                    ? "give the base scenario once: 'base: FILE' or 'scenario: {...}', not both"
                    : "missing; a sweep needs its base scenario: 'base: FILE' or 'scenario: {...}'");
            return null;
        }
        if (f.has("scenario")) {
            return ScenarioLoader.read(f.node("scenario").orElseThrow(), problems, baseDir);
        }
        String file = f.get("base", Values::name);
        if (file == null) {
            return null;
        }
        Path actual = baseDir.resolve(file);
        if (!Files.isRegularFile(actual)) {
            problems.add(f.where().at("base"), "no file " + file + " (a relative path is read from the sweep file's "
                    + "folder)");
            return null;
        }
        // Messages name the base as the user would: beside the sweep file as the user named it.
        String shown = Path.of(source).resolveSibling(file).toString();
        try {
            return ScenarioLoader.load(shown, ScenarioLoader.readText(actual), ScenarioLoader.isJson(file),
                    actual.toAbsolutePath().getParent());
        } catch (ScenarioException e) {
            e.problems().forEach(problems::add);
            return null;
        }
    }

    private SweepKind kind(Fields f, Scenario base) {
        List<String> given = SweepShapes.KINDS.stream().filter(f::has).toList();
        if (given.size() != 1) {
            problems.add(given.isEmpty() ? f.where().position() : f.where().at(given.get(1)), (given.isEmpty()
                    ? "missing: a sweep holds one of " : "a sweep holds only one of ")
                    + String.join(", ", SweepShapes.KINDS));
            return null;
        }
        DocNode node = f.node(given.get(0)).orElseThrow();
        return switch (given.get(0)) {
            case "nMinus1" -> nMinus1(node);
            case "random" -> random(node);
            default -> grid(node, base);
        };
    }

    private SweepKind nMinus1(DocNode node) {
        Fields f = new Fields(problems, node, SweepShapes.N_MINUS_1);
        ElementKind over = f.get("over", SweepReader::elementKind);
        long at = f.getLong("at", Values::duration, 0);
        return f.build(() -> new SweepKind.NMinus1(over, at, f.where()));
    }

    private SweepKind random(DocNode node) {
        Fields f = new Fields(problems, node, SweepShapes.RANDOM);
        int k = f.opt("k", Values::smallInteger).orElse(0);
        ElementKind of = f.get("of", SweepReader::elementKind);
        int runs = f.opt("runs", Values::smallInteger).orElse(0);
        long at = f.getLong("at", Values::duration, 0);
        long interval = f.getLong("interval", Values::duration, 0);
        return f.build(() -> new SweepKind.RandomFailures(k, of, runs, at, interval, f.where()));
    }

    private SweepKind grid(DocNode node, Scenario base) {
        Fields f = new Fields(problems, node, SweepShapes.GRID);
        List<GridAxis> axes = f.node("parameters").map(p -> axes(p, base)).orElse(List.of());
        return f.build(() -> new SweepKind.Grid(axes, f.where()));
    }

    private List<GridAxis> axes(DocNode node, Scenario base) {
        Fields f = new Fields(problems, node, SweepShapes.GRID_PARAMETERS);
        List<GridAxis> axes = new ArrayList<>();
        Where where = f.where();
        // File order: the first parameter written varies slowest, as in nested loops.
        for (String parameter : where.fields().keySet()) {
            int before = problems.size();
            List<GridValue> values = f.list(parameter, n -> value(parameter, n));
            if (values.isEmpty() && problems.size() == before) {
                problems.add(where.at(parameter), "give at least one value, e.g. " + parameter + ": [...]");
            }
            if (!values.isEmpty() && values.get(0).setting().needsBuiltinWorld() && base != null
                    && !(base.topology() instanceof BuiltinTopology)) {
                problems.add(where.at(parameter), parameter + " changes a built-in world's overrides, and the base "
                        + "scenario's network is not a built-in world");
            }
            axes.add(new GridAxis(parameter, values));
        }
        if (axes.isEmpty() && f.ok()) {
            problems.add(f.where().position(), "a grid needs at least one parameter: "
                    + String.join(", ", GridParameters.names()));
        }
        return axes;
    }

    private static GridValue value(String parameter, DocNode node) {
        Setting setting = GridParameters.read(parameter, node);
        return new GridValue(((DocScalar) node).text(), setting, node.position());
    }

    private static ElementKind elementKind(DocNode node) {
        return Values.choice(node, ElementKind.byFileName(), "something a sweep can fail");
    }
}
