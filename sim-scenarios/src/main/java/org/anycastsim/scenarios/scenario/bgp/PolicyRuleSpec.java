package org.anycastsim.scenarios.scenario.bgp;

import java.util.List;
import java.util.function.Function;
import org.anycastsim.core.bgp.policy.Match;
import org.anycastsim.core.bgp.policy.Rule;
import org.anycastsim.core.bgp.policy.Verdict;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * One rule of a session's import or export list: {@code {match: {...}, setLocalPref: 150,
 * action: accept}}. Rules are tried in order; the first that matches with {@code accept} or
 * {@code reject} decides, {@code next} changes the route and goes on; routes no rule decides are
 * accepted.
 *
 * @param name    {@code name} as written, else e.g. {@code import[2]}
 * @param actions the changes, in the order written
 * @param verdict {@code action} as written; ACCEPT when absent
 */
public record PolicyRuleSpec(String name, MatchSpec match, List<RuleAction> actions, Verdict verdict, Where where) {

    public PolicyRuleSpec {
        actions = List.copyOf(actions);
    }

    /** The policy rule for a session whose local AS is {@code localAsn}. */
    public Rule toRule(int localAsn, Function<String, Match> neighbourMatch) {
        return new Rule(name, match.toMatch(neighbourMatch), actions.stream().map(a -> a.toAction(localAsn)).toList(),
                verdict);
    }
}
