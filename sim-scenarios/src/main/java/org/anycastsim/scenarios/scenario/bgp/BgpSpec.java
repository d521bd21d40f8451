package org.anycastsim.scenarios.scenario.bgp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.anycastsim.core.bgp.BgpProfile;
import org.anycastsim.core.bgp.BgpProfile.ConditionalAdvertisement;
import org.anycastsim.core.bgp.SessionTimers;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.scenarios.scenario.Maps;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * The {@code bgp} section: timers per kind of session, decision options, ECMP width at PoP
 * routers and conditional advertisement. Absent settings keep {@link BgpProfile#defaults()}.
 *
 * @param conditionalDefault the rule for prefixes not listed ({@code conditionalAdvertisement.default})
 * @param conditional        rules per prefix, in file order
 */
public record BgpSpec(TimerSpec ebgp, TimerSpec ibgp, TimerSpec server, Optional<Boolean> rateLimitWithdrawals,
        DecisionSpec decision, OptionalInt popMaxPaths, Optional<ConditionalSpec> conditionalDefault,
        Map<Prefix, ConditionalSpec> conditional, Where where) {

    public BgpSpec {
        conditional = Maps.copy(conditional);
    }

    /** No section: every default. */
    public static BgpSpec defaults(Where where) {
        return new BgpSpec(TimerSpec.none(where), TimerSpec.none(where), TimerSpec.none(where), Optional.empty(),
                DecisionSpec.none(where), OptionalInt.empty(), Optional.empty(), Map.of(), where);
    }

    /** The BGP profile of the run: the defaults with this section applied (call on a validated scenario). */
    public BgpProfile toProfile() {
        BgpProfile base = BgpProfile.defaults();
        BgpProfile p = base.withEbgp(withdrawals(ebgp.applyTo(base.ebgp())))
                .withIbgp(withdrawals(ibgp.applyTo(base.ibgp())))
                .withServer(withdrawals(server.applyTo(base.server())))
                .withDecision(decision.applyTo(base.decision()))
                .withPopMaxPaths(popMaxPaths.orElse(base.popMaxPaths()));
        if (conditionalDefault.isEmpty() && conditional.isEmpty()) {
            return p;
        }
        Map<Prefix, ConditionalAdvertisement> rules = new LinkedHashMap<>();
        conditional.forEach((prefix, spec) -> rules.put(prefix, spec.toRule()));
        return p.withConditional(rules, conditionalDefault.map(ConditionalSpec::toRule).orElse(base.defaultConditional()));
    }

    private SessionTimers withdrawals(SessionTimers t) {
        return rateLimitWithdrawals.map(t::withRateLimitedWithdrawals).orElse(t);
    }
}
