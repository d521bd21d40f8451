package org.anycastsim.scenarios.scenario.bgp;

import java.util.Optional;
import java.util.OptionalInt;
import org.anycastsim.core.bgp.DecisionOptions;
import org.anycastsim.scenarios.scenario.source.Where;

/** Decision-process knobs ({@code bgp.decision}); each absent field keeps the default. */
public record DecisionSpec(Optional<Boolean> alwaysCompareMed, Optional<Boolean> deterministicMed,
        Optional<Boolean> missingMedAsWorst, Optional<Boolean> multipathRelax, OptionalInt maxPaths, Where where) {

    public static DecisionSpec none(Where where) {
        return new DecisionSpec(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), where);
    }

    public DecisionOptions applyTo(DecisionOptions base) {
        DecisionOptions d = base;
        d = d.withAlwaysCompareMed(alwaysCompareMed.orElse(d.alwaysCompareMed()));
        d = d.withDeterministicMed(deterministicMed.orElse(d.deterministicMed()));
        d = d.withMissingMedAsWorst(missingMedAsWorst.orElse(d.missingMedAsWorst()));
        d = d.withMultipathRelax(multipathRelax.orElse(d.multipathRelax()));
        return d.withMaxPaths(maxPaths.orElse(d.maxPaths()));
    }
}
