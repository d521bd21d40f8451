package org.anycastsim.report.chart;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A chart written to disk.
 *
 * @param id      the file name stem
 * @param title   the chart title
 * @param caption how to read it
 * @param png     the PNG file
 * @param svg     the SVG file
 * @param width   pixels
 * @param height  pixels
 */
public record ChartImage(String id, String title, String caption, Path png, Path svg, int width, int height) {

    public ChartImage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(svg, "svg");
    }
}
