package org.anycastsim.core.bgp.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.anycastsim.core.bgp.PathAttributes;

/**
 * One policy rule: if {@code match} holds, apply {@code actions} in order, then follow
 * {@code verdict}. A rule that does not match passes the route on unchanged.
 */
public record Rule(String name, Match match, List<Action> actions, Verdict verdict) {

    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(verdict, "verdict");
        actions = List.copyOf(actions);
    }

    public static Rule accept(String name, Match match, Action... actions) {
        return new Rule(name, match, Arrays.asList(actions), Verdict.ACCEPT);
    }

    public static Rule reject(String name, Match match) {
        return new Rule(name, match, List.of(), Verdict.REJECT);
    }

    /** Changes matching routes and continues with the next rule. */
    public static Rule modify(String name, Match match, Action... actions) {
        return new Rule(name, match, Arrays.asList(actions), Verdict.NEXT);
    }

    PathAttributes applyActions(PathAttributes attributes) {
        PathAttributes result = attributes;
        for (Action action : actions) {
            result = action.apply(result);
        }
        return result;
    }
}
