package org.anycastsim.report.data;

import java.util.Objects;

/**
 * A snapshot the scenario asked for.
 *
 * @param at    simulated time, seconds
 * @param label its name, e.g. {@code before}
 * @param kind  {@code catchment}, {@code rib} or {@code fib}
 * @param file  the file written, relative to the run folder
 */
public record SnapshotRef(double at, String label, String kind, String file) {

    public SnapshotRef {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
    }
}
