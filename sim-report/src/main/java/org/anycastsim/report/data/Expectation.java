package org.anycastsim.report.data;

import java.util.Objects;

/**
 * An assertion of the scenario on the run's results, with the value measured.
 *
 * @param name     what was checked, in the scenario author's words
 * @param passed   whether the measured value is within the bound
 * @param measured the measured value, or NaN when the measurement was impossible
 * @param bound    the bound as written in the scenario, e.g. {@code "< 0.01"}
 */
public record Expectation(String name, boolean passed, double measured, String bound) {

    public Expectation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bound, "bound");
    }

    public boolean hasMeasurement() {
        return !Double.isNaN(measured);
    }
}
