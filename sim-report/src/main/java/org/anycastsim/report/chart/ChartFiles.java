package org.anycastsim.report.chart;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a drawn chart as {@code <id>.png} and {@code <id>.svg}. */
public final class ChartFiles {

    static {
        // Reports are rendered on servers and in CI without a display; AWT must know before first use.
        System.setProperty("java.awt.headless", "true");
    }

    private ChartFiles() {
    }

    /** Makes sure AWT starts headless; call before building any chart. */
    public static void ensureHeadless() {
        // The static initialiser does the work; this method only forces class initialisation.
    }

    public static ChartImage write(ChartOutcome.Drawn drawn, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path png = dir.resolve(drawn.id() + ".png");
        Path svg = dir.resolve(drawn.id() + ".svg");
        JFreeChart chart = drawn.chart();
        ChartUtils.saveChartAsPNG(png.toFile(), chart, drawn.width(), drawn.height());
        SVGGraphics2D graphics = new SVGGraphics2D(drawn.width(), drawn.height());
        chart.draw(graphics, new Rectangle(0, 0, drawn.width(), drawn.height()));
        SVGUtils.writeToSVG(svg.toFile(), graphics.getSVGElement());
        return new ChartImage(drawn.id(), drawn.title(), drawn.caption(), png, svg, drawn.width(), drawn.height());
    }
}
