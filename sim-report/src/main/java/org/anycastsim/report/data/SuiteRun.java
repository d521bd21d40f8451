package org.anycastsim.report.data;

import java.util.Objects;

/** A drill of a suite with its summary: what the suite-level table and charts compare. */
public record SuiteRun(SuiteEntry entry, Summary summary) {

    public SuiteRun {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(summary, "summary");
    }

    public String name() {
        return entry.name();
    }

    public boolean passed() {
        return entry.passed();
    }
}
