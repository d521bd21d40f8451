package org.anycastsim.report.data;

import java.util.Objects;

/**
 * One drill of a suite.
 *
 * @param name   the drill's name
 * @param dir    its run folder, relative to the suite folder
 * @param passed whether its expectations held
 */
public record SuiteEntry(String name, String dir, boolean passed) {

    public SuiteEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dir, "dir");
    }
}
