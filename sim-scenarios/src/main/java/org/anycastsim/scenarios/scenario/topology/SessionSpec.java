package org.anycastsim.scenarios.scenario.topology;

import java.util.List;
import java.util.Optional;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.SessionKind;
import org.anycastsim.scenarios.scenario.bgp.PolicyRuleSpec;
import org.anycastsim.scenarios.scenario.bgp.TimerSpec;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * A BGP session of an explicit network between routers {@code a} and {@code b}. eBGP runs over
 * the link between them. The import and export rules are {@code a}'s policies for routes from and
 * to {@code b}. Use {@link ExplicitTopology#kindOf} and {@link ExplicitTopology#relationOf} for the
 * resolved kind and relationship.
 *
 * @param type                 as written; empty: eBGP between ASes, iBGP inside one
 * @param relationship         as written: the role {@code b} plays for {@code a} (eBGP only)
 * @param timers               per-session timers over the bgp section's eBGP or iBGP ones
 * @param routeReflectorClient {@code b} is a route-reflector client of {@code a} (iBGP only)
 */
public record SessionSpec(String a, String b, Optional<SessionKind> type, Optional<PeeringRelation> relationship,
        TimerSpec timers, boolean routeReflectorClient, List<PolicyRuleSpec> importRules,
        List<PolicyRuleSpec> exportRules, Where where) {

    public SessionSpec {
        importRules = List.copyOf(importRules);
        exportRules = List.copyOf(exportRules);
    }

    /** Whether this session joins {@code x} and {@code y}, in either direction. */
    public boolean joins(String x, String y) {
        return (a.equals(x) && b.equals(y)) || (a.equals(y) && b.equals(x));
    }
}
