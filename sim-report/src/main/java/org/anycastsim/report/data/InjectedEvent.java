package org.anycastsim.report.data;

import java.util.Objects;

/**
 * A failure or operation the scenario injected, with how the network converged after it.
 *
 * @param at                             simulated time of the injection, seconds
 * @param action                         the scenario action, e.g. {@code crash-process}
 * @param target                         what it hit, e.g. {@code SJC-s03/dns} or {@code SJC-r1}
 * @param controlPlaneConvergenceSeconds from the injection to the last routing change it caused;
 *                                       NaN if routing never settled
 * @param dataPlaneConvergenceSeconds    from the injection until traffic was served again at the
 *                                       pre-event level (or settled); NaN if it never did
 * @param updates                        BGP UPDATE messages the event caused
 * @param converged                      whether both planes converged before the run ended
 */
public record InjectedEvent(double at, String action, String target,
                            double controlPlaneConvergenceSeconds, double dataPlaneConvergenceSeconds,
                            long updates, boolean converged) {

    public InjectedEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
    }

    /** The node part of the target: {@code SJC-s03} of {@code SJC-s03/dns}. */
    public String targetNode() {
        int slash = target.indexOf('/');
        return slash < 0 ? target : target.substring(0, slash);
    }

    /** When routing settled, or NaN. */
    public double controlPlaneConvergedAt() {
        return at + controlPlaneConvergenceSeconds;
    }

    /** When traffic settled, or NaN. */
    public double dataPlaneConvergedAt() {
        return at + dataPlaneConvergenceSeconds;
    }
}
