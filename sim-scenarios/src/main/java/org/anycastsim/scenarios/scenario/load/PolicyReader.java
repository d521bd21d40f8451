package org.anycastsim.scenarios.scenario.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anycastsim.core.bgp.policy.Comparison;
import org.anycastsim.core.bgp.policy.Match;
import org.anycastsim.core.bgp.policy.PrefixList;
import org.anycastsim.core.bgp.policy.Verdict;
import org.anycastsim.scenarios.scenario.bgp.MatchSpec;
import org.anycastsim.scenarios.scenario.bgp.PolicyRuleSpec;
import org.anycastsim.scenarios.scenario.bgp.RuleAction;
import org.anycastsim.scenarios.scenario.source.DocNode;
import org.anycastsim.scenarios.scenario.source.DocNode.DocObject;
import org.anycastsim.scenarios.scenario.source.DocNode.Entry;
import org.anycastsim.scenarios.scenario.source.Problems;

/** Reads a session's {@code import} and {@code export} rule lists. */
final class PolicyReader {

    private static final Map<String, Verdict> VERDICTS = Map.of("accept", Verdict.ACCEPT, "reject", Verdict.REJECT,
            "next", Verdict.NEXT);
    private static final Map<String, Comparison> COMPARISONS = Map.of("lt", Comparison.LT, "le", Comparison.LE,
            "eq", Comparison.EQ, "ne", Comparison.NE, "ge", Comparison.GE, "gt", Comparison.GT);

    private final Problems problems;

    PolicyReader(Problems problems) {
        this.problems = problems;
    }

    /** The rules under {@code field} ({@code import} or {@code export}) of a session. */
    List<PolicyRuleSpec> rules(Fields session, String field) {
        List<PolicyRuleSpec> rules = new ArrayList<>();
        Optional<DocNode> list = session.node(field);
        if (list.isEmpty()) {
            return rules;
        }
        int[] index = {0};
        return Fields.items(problems, list.get(), n -> rule(n, field + "[" + index[0]++ + "]"));
    }

    private PolicyRuleSpec rule(DocNode node, String defaultName) {
        Fields f = new Fields(problems, node, Shapes.POLICY_RULE);
        String name = f.opt("name", Values::name).orElse(defaultName);
        MatchSpec match = f.opt("match", this::match).orElse(null);
        List<RuleAction> actions = new ArrayList<>();
        if (node instanceof DocObject object) {
            for (Entry e : object.entries()) { // in the order written: add then remove is not remove then add
                f.value(e.value(), n -> action(e.key(), n)).ifPresent(actions::add);
            }
        }
        Verdict verdict = f.opt("action", n -> Values.choice(n, VERDICTS, "a rule action")).orElse(Verdict.ACCEPT);
        MatchSpec m = match != null ? match : new MatchSpec(Optional.empty(), Optional.empty(),
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), Optional.empty(), Optional.empty(),
                f.where());
        return f.build(() -> new PolicyRuleSpec(name, m, actions, verdict, f.where()));
    }

    /** The rule's set-actions; other keys (name, match, action, unknown ones) yield null. */
    private static RuleAction action(String key, DocNode value) {
        return switch (key) {
            case "setLocalPref" -> new RuleAction.SetLocalPref(Values.integer(value));
            case "setMed" -> new RuleAction.SetMed(Values.integer(value));
            case "setWeight" -> new RuleAction.SetWeight(Values.integer(value));
            case "prepend" -> new RuleAction.Prepend(Values.integer(value));
            case "addCommunity" -> new RuleAction.AddCommunity(Values.community(value));
            case "removeCommunity" -> new RuleAction.RemoveCommunity(Values.community(value));
            default -> null;
        };
    }

    private MatchSpec match(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.MATCH);
        var prefix = f.opt("prefix", Values::prefix);
        Optional<PrefixList> prefixList = f.has("prefixList")
                ? Optional.of(new PrefixList(f.list("prefixList", PolicyReader::prefixListEntry))) : Optional.empty();
        var community = f.optInt("community", Values::community);
        var asPathContains = f.optInt("asPathContains", Values::asn);
        Optional<Match.AsPathLength> asPathLength = f.opt("asPathLength", this::asPathLength);
        var neighbour = f.opt("neighbour", Values::name);
        return f.build(() -> new MatchSpec(prefix, prefixList, community, asPathContains, asPathLength, neighbour,
                f.where()));
    }

    private static PrefixList.Entry prefixListEntry(DocNode node) {
        String line = Values.text(node);
        try {
            return PrefixList.Entry.parse(line);
        } catch (IllegalArgumentException e) {
            throw Values.invalid(node, "'" + line + "' is not a prefix-list entry; write e.g. "
                    + "'permit 198.41.128.0/17 le 24' (permit|deny PREFIX [ge N] [le M])");
        }
    }

    /** {@code {le: 3}}: exactly one comparison. */
    private Match.AsPathLength asPathLength(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.AS_PATH_LENGTH);
        Map<Comparison, Integer> bounds = new LinkedHashMap<>();
        for (String op : Shapes.AS_PATH_LENGTH.fields()) {
            f.opt(op, Values::smallInteger).ifPresent(n -> bounds.put(COMPARISONS.get(op), n));
        }
        if (f.ok() && bounds.size() != 1) {
            throw Values.invalid(node, "write one bound: {le: 3}, {eq: 1}, ... (lt, le, eq, ne, ge, gt)");
        }
        return f.build(() -> {
            var bound = bounds.entrySet().iterator().next();
            return new Match.AsPathLength(bound.getKey(), bound.getValue());
        });
    }
}
