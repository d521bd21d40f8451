package org.anycastsim.report.html;

import org.anycastsim.report.chart.ChartImage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A chart as the page links it: its files relative to the run (or suite, or sweep) folder.
 *
 * @param png relative path with {@code /} separators
 * @param svg relative path with {@code /} separators
 */
public record Figure(String id, String title, String caption, String png, String svg, int width, int height) {

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(svg, "svg");
    }

    /** The figure of a written chart, with paths relative to {@code folder}. */
    public static Figure of(ChartImage image, Path folder) {
        return new Figure(image.id(), image.title(), image.caption(), relative(folder, image.png()),
                relative(folder, image.svg()), image.width(), image.height());
    }

    private static String relative(Path folder, Path file) {
        return folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }
}
