package org.anycastsim.report.html;

import org.anycastsim.report.data.SuiteEntry;

import java.util.Objects;

/** A drill of a suite as the suite page shows it. */
public record SuiteMember(SuiteEntry entry, RunView run) {

    public SuiteMember {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(run, "run");
    }

    /** The run folder relative to the suite page, ending in {@code /}. */
    String base() {
        return entry.dir().endsWith("/") ? entry.dir() : entry.dir() + "/";
    }

    String idPrefix() {
        return "run-" + Html.id(entry.dir()) + "-";
    }
}
