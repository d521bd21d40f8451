package org.anycastsim.scenarios.sweep;

import java.util.Objects;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * A sweep file, read: a base scenario and what to vary. Values are as written: the
 * {@link SweepPlanner} checks them while it derives the runs.
 *
 * @param name        names the output folder; lowercase letters, digits and '-'
 * @param description one paragraph for the report
 * @param base        the scenario every run starts from (a file's, or the one written inline)
 * @param kind        how the runs differ from the base
 */
public record Sweep(String name, String description, Scenario base, SweepKind kind, Where where) {

    public Sweep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(where, "where");
    }

    /** The sweep file as the user named it. */
    public String source() {
        return where.position().source();
    }
}
