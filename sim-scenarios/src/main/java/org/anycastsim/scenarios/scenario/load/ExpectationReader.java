package org.anycastsim.scenarios.scenario.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.anycastsim.scenarios.scenario.expect.BreakCause;
import org.anycastsim.scenarios.scenario.expect.Expectation;
import org.anycastsim.scenarios.scenario.expect.Expectation.*;
import org.anycastsim.scenarios.scenario.source.DocNode;
import org.anycastsim.scenarios.scenario.source.Problems;

/** Reads {@code expect}: entries such as {@code {name: "...", lostFraction: {service: dns, below: 0.01}}}. */
final class ExpectationReader {

    private static final Map<String, BreakCause> CAUSES = new LinkedHashMap<>();

    static {
        for (BreakCause c : BreakCause.values()) {
            CAUSES.put(c.name().toLowerCase(Locale.ROOT).replace('_', '-'), c);
        }
    }

    private final Problems problems;

    ExpectationReader(Problems problems) {
        this.problems = problems;
    }

    List<Expectation> read(DocNode list) {
        return Fields.items(problems, list, this::expectation);
    }

    private Expectation expectation(DocNode node) {
        Fields entry = new Fields(problems, node, Shapes.EXPECTATION);
        List<String> kinds = Shapes.expectationKinds().stream().filter(entry::has).toList();
        if (kinds.size() != 1) {
            if (entry.ok()) {
                problems.add(node.position(), kinds.isEmpty()
                        ? "an expectation needs one of " + String.join(", ", Shapes.expectationKinds())
                        : "one expectation per entry; this one has " + String.join(" and ", kinds));
            }
            return null;
        }
        String kind = kinds.get(0);
        String name = entry.opt("name", Values::text).orElse(kind);
        if (kind.equals(Shapes.CONVERGED)) {
            boolean converged = entry.bool(Shapes.CONVERGED, true);
            return entry.build(() -> new Converged(name, converged, entry.where()));
        }
        Fields f = new Fields(problems, entry.node(kind).orElseThrow(), Shapes.expectations().get(kind));
        Expectation e = switch (kind) {
            case "lostFraction" -> {
                Optional<String> service = f.opt("service", Values::name);
                double below = f.opt("below", Values::fraction).orElse(0.0);
                yield f.build(() -> new LostFraction(name, service, below, f.where()));
            }
            case "controlPlaneConvergence", "dataPlaneConvergence" -> {
                int event = f.opt("event", Values::smallInteger).orElse(0);
                long below = f.getLong("below", Values::duration, 0);
                yield f.build(() -> kind.equals("controlPlaneConvergence")
                        ? new ControlPlaneConvergence(name, event, below, f.where())
                        : new DataPlaneConvergence(name, event, below, f.where()));
            }
            case "maxPopUtilisation" -> {
                double below = f.opt("below", Values::fraction).orElse(0.0);
                yield f.build(() -> new MaxPopUtilisation(name, below, f.where()));
            }
            case "reaches" -> {
                String client = f.get("client", Values::name);
                String pop = f.get("pop", Values::name);
                long at = f.getLong("at", Values::duration, 0);
                yield f.build(() -> new Reaches(name, client, pop, at, f.where()));
            }
            case "withdrawn" -> {
                var prefix = f.get("prefix", Values::prefix);
                String by = f.get("by", Values::name);
                int event = f.opt("event", Values::smallInteger).orElse(0);
                long within = f.getLong("within", Values::duration, 0);
                yield f.build(() -> new Withdrawn(name, prefix, by, event, within, f.where()));
            }
            case "servedFraction" -> {
                double above = f.opt("above", Values::fraction).orElse(0.0);
                long after = f.getLong("after", Values::duration, 0);
                yield f.build(() -> new ServedFraction(name, above, after, f.where()));
            }
            case "brokenSessions" -> {
                Optional<BreakCause> cause = f.opt("cause", n -> Values.choice(n, CAUSES, "a cause"));
                long below = f.getLong("below", Values::integer, 0);
                yield f.build(() -> new BrokenSessions(name, cause, below, f.where()));
            }
            default -> throw new IllegalStateException("no reader for expectation " + kind);
        };
        return entry.build(() -> e);
    }
}
