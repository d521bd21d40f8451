package org.anycastsim.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a rendering wrote.
 *
 * @param report   the {@code report.html} written
 * @param files    every file written: the page, and each chart's PNG and SVG
 * @param warnings what the report could not show and why (skipped charts, missing files),
 *                 in words for the CLI to print; the page says the same
 */
public record RenderResult(Path report, List<Path> files, List<String> warnings) {

    public RenderResult {
        Objects.requireNonNull(report, "report");
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
