package org.anycastsim.report.chart;

import org.jfree.chart.JFreeChart;

import java.util.Objects;

/** A chart ready to be written, or the reason it could not be drawn. */
public sealed interface ChartOutcome permits ChartOutcome.Drawn, ChartOutcome.Skipped {

    /** The file name stem, e.g. {@code traffic-by-pop}. */
    String id();

    String title();

    /**
     * @param caption how to read the chart, in a sentence or two, for the page
     * @param width   pixels
     * @param height  pixels
     */
    record Drawn(String id, String title, String caption, JFreeChart chart, int width, int height)
            implements ChartOutcome {
        public Drawn {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(chart, "chart");
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("chart size must be positive");
            }
        }
    }

    /** @param reason why, in words a reader of the page understands */
    record Skipped(String id, String title, String reason) implements ChartOutcome {
        public Skipped {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
