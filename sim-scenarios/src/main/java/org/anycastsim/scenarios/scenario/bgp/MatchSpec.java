package org.anycastsim.scenarios.scenario.bgp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.anycastsim.core.bgp.policy.Match;
import org.anycastsim.core.bgp.policy.PrefixList;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * The {@code match} of a policy rule. Every condition written must hold; none written matches
 * every route.
 *
 * @param prefix         exactly this prefix
 * @param prefixList     an inline prefix list ({@code ["permit 198.41.128.0/17 le 24"]})
 * @param community      a standard community the route carries
 * @param asPathContains an ASN anywhere in the AS path
 * @param asPathLength   a bound on the AS path length ({@code {le: 3}})
 * @param neighbour      the router the route was learned from, by name
 */
public record MatchSpec(Optional<Prefix> prefix, Optional<PrefixList> prefixList, OptionalInt community,
        OptionalInt asPathContains, Optional<Match.AsPathLength> asPathLength, Optional<String> neighbour,
        Where where) {

    /** The policy match; {@code neighbourMatch} turns a router name into a match on the peer it names. */
    public Match toMatch(Function<String, Match> neighbourMatch) {
        List<Match> all = new ArrayList<>();
        prefix.ifPresent(p -> all.add(new Match.PrefixIs(p)));
        prefixList.ifPresent(l -> all.add(new Match.InPrefixList(l)));
        community.ifPresent(c -> all.add(new Match.HasCommunity(c)));
        asPathContains.ifPresent(a -> all.add(new Match.AsPathContains(a)));
        asPathLength.ifPresent(all::add);
        neighbour.ifPresent(n -> all.add(neighbourMatch.apply(n)));
        return switch (all.size()) {
            case 0 -> Match.always();
            case 1 -> all.get(0);
            default -> new Match.AllOf(all);
        };
    }
}
