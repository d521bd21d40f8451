package org.anycastsim.core.bgp;

/**
 * Knobs of the decision process, named after their Cisco IOS / FRR commands.
 *
 * @param alwaysCompareMed  {@code bgp always-compare-med}: compare MED between routes from
 *                          different neighbouring ASes too (RFC 4271 9.1.2.2 c compares it only
 *                          within one neighbouring AS)
 * @param deterministicMed  {@code bgp deterministic-med}: pick the best route per neighbouring AS
 *                          first, then compare those winners, so that the result never depends on
 *                          the order routes arrived in. FRR enables it by default, Cisco does not;
 *                          it is on by default here because a simulator must be reproducible
 * @param missingMedAsWorst {@code bgp bestpath med missing-as-worst}: a route without MED counts as
 *                          MED 4294967295 instead of 0 (the RFC 4271 9.1.2.2 c rule)
 * @param maxPaths          {@code maximum-paths}: the size limit of the ECMP set; 1 disables
 *                          multipath. One limit serves eBGP and iBGP alike (Cisco has two)
 * @param multipathRelax    {@code bgp bestpath as-path multipath-relax}: AS paths of equal length,
 *                          not only identical ones, may share the ECMP set
 */
public record DecisionOptions(boolean alwaysCompareMed, boolean deterministicMed, boolean missingMedAsWorst,
        int maxPaths, boolean multipathRelax) {

    /** RFC 4271 MED semantics, deterministic-med on, no multipath. */
    public static final DecisionOptions DEFAULTS = new DecisionOptions(false, true, false, 1, false);

    public DecisionOptions {
        if (maxPaths < 1) {
            throw new IllegalArgumentException("maxPaths must be at least 1: " + maxPaths);
        }
    }

    public DecisionOptions withAlwaysCompareMed(boolean value) {
        return new DecisionOptions(value, deterministicMed, missingMedAsWorst, maxPaths, multipathRelax);
    }

    public DecisionOptions withDeterministicMed(boolean value) {
        return new DecisionOptions(alwaysCompareMed, value, missingMedAsWorst, maxPaths, multipathRelax);
    }

    public DecisionOptions withMissingMedAsWorst(boolean value) {
        return new DecisionOptions(alwaysCompareMed, deterministicMed, value, maxPaths, multipathRelax);
    }

    public DecisionOptions withMaxPaths(int value) {
        return new DecisionOptions(alwaysCompareMed, deterministicMed, missingMedAsWorst, value, multipathRelax);
    }

    public DecisionOptions withMultipathRelax(boolean value) {
        return new DecisionOptions(alwaysCompareMed, deterministicMed, missingMedAsWorst, maxPaths, value);
    }
}
