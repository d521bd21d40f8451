package org.anycastsim.report.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contents of {@code summary.json}: what ran, what was injected, how it converged, what
 * traffic it cost, and whether the scenario's expectations held.
 *
 * @param scenario        the scenario name (from a user's file: treat as untrusted text)
 * @param description     what the scenario does, possibly empty
 * @param seed            the master random seed
 * @param durationSeconds simulated duration
 * @param topology        the topology name, possibly empty
 * @param command         the command line that reproduces the run, or null if not recorded
 * @param parameters      the scenario parameters as text, in file order
 * @param expectations    the scenario's assertions with their measurements
 * @param events          the injected events, in time order
 * @param traffic         request and session totals
 * @param snapshots       snapshots written
 * @param wallSeconds     wall-clock time of the run, or NaN if not recorded
 * @param simulatedEvents kernel events executed, or 0 if not recorded
 */
public record Summary(String scenario, String description, long seed, double durationSeconds,
                      String topology, String command, Map<String, String> parameters,
                      List<Expectation> expectations, List<InjectedEvent> events,
                      TrafficTotals traffic, List<SnapshotRef> snapshots,
                      double wallSeconds, long simulatedEvents) {

    public Summary {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(traffic, "traffic");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        expectations = List.copyOf(expectations);
        events = List.copyOf(events);
        snapshots = List.copyOf(snapshots);
    }

    public Optional<String> recordedCommand() {
        return Optional.ofNullable(command);
    }

    /** True when every expectation passed (vacuously true without expectations). */
    public boolean passed() {
        return expectations.stream().allMatch(Expectation::passed);
    }

    /** True when every injected event converged before the run ended. */
    public boolean allConverged() {
        return events.stream().allMatch(InjectedEvent::converged);
    }

    /** The slowest control-plane convergence over the injected events, NaN if none or not converged. */
    public double worstControlPlaneConvergence() {
        return worst(true);
    }

    /** The slowest data-plane convergence over the injected events, NaN if none or not converged. */
    public double worstDataPlaneConvergence() {
        return worst(false);
    }

    private double worst(boolean controlPlane) {
        if (events.isEmpty()) {
            return Double.NaN;
        }
        double worst = 0;
        for (InjectedEvent event : events) {
            double seconds = controlPlane ? event.controlPlaneConvergenceSeconds()
                    : event.dataPlaneConvergenceSeconds();
            if (Double.isNaN(seconds)) {
                return Double.NaN;
            }
            worst = Math.max(worst, seconds);
        }
        return worst;
    }

    /** The time of a snapshot by label, if the summary lists it. */
    public Optional<SnapshotRef> snapshot(String label) {
        return snapshots.stream().filter(s -> s.label().equals(label)).findFirst();
    }
}
