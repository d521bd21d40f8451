package org.anycastsim.report.chart;

import org.anycastsim.report.data.EventKind;
import org.anycastsim.report.data.InjectedEvent;
import org.anycastsim.report.data.LogEvent;
import org.anycastsim.report.data.RunData;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The vertical lines that tie a time chart to the story: each injected failure, when it was
 * detected, when its routes were withdrawn, and when the control and data planes converged.
 *
 * <p>The milestones of one failure are often milliseconds apart, so their lines coincide;
 * their labels are stacked one under the other, each with its delay after the failure,
 * rather than printed on top of each other.
 */
public final class FailureMarkers {

    /** Beyond this many injected events, only the failures themselves are marked. */
    private static final int DETAILED_UP_TO = 2;
    private static final int LABEL_STEP_PX = 17;

    /** One line: where, what it says, and how it looks. */
    public record Mark(double t, String label, Color colour, boolean dashed, int row) {
    }

    private FailureMarkers() {
    }

    public static List<Mark> of(RunData run) {
        List<InjectedEvent> injected = new ArrayList<>(run.summary().events());
        injected.sort(Comparator.comparingDouble(InjectedEvent::at));
        boolean detailed = injected.size() <= DETAILED_UP_TO;
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < injected.size(); i++) {
            InjectedEvent event = injected.get(i);
            double until = i + 1 < injected.size() ? injected.get(i + 1).at() : Double.POSITIVE_INFINITY;
            int row = detailed ? 0 : i % 4;
            marks.add(new Mark(event.at(), event.action() + " " + event.target(), Palette.FAILURE, false, row++));
            if (!detailed) {
                continue;
            }
            Optional<LogEvent> detected = first(run.events(), EventKind.DETECTION, event.at(), until);
            if (detected.isPresent()) {
                marks.add(new Mark(detected.get().t(), "detected " + after(event, detected.get().t()), Palette.DETECTION, true, row++));
            }
            Optional<LogEvent> withdrawn = first(run.events(), EventKind.WITHDRAW, event.at(), until);
            if (withdrawn.isPresent()) {
                marks.add(new Mark(withdrawn.get().t(), "routes withdrawn " + after(event, withdrawn.get().t()),
                        Palette.WITHDRAWN, true, row++));
            }
            double control = event.controlPlaneConvergedAt();
            double data = event.dataPlaneConvergedAt();
            if (!Double.isNaN(control) && !Double.isNaN(data) && Math.abs(control - data) < 1e-3) {
                marks.add(new Mark(control, "converged " + after(event, control), Palette.CONVERGED, true, row));
            } else {
                if (!Double.isNaN(control)) {
                    marks.add(new Mark(control, "control plane converged " + after(event, control), Palette.CONVERGED, true, row++));
                }
                if (!Double.isNaN(data)) {
                    marks.add(new Mark(data, "data plane converged " + after(event, data), Palette.CONVERGED, true, row));
                }
            }
        }
        return marks;
    }

    /** Only the control-plane milestones, for the BGP chart. */
    public static List<Mark> controlPlane(RunData run) {
        List<Mark> marks = new ArrayList<>();
        for (Mark mark : of(run)) {
            if (!mark.label().startsWith("data plane")) {
                marks.add(mark);
            }
        }
        return marks;
    }

    /**
     * Draws the marks on a plot whose time axis spans {@code [start, end]}.
     *
     * @param labelled false for the lower plots of a combined chart: the lines repeat, the labels do not
     */
    public static void addTo(XYPlot plot, List<Mark> marks, boolean labelled, double start, double end) {
        for (Mark mark : marks) {
            ValueMarker marker = new ValueMarker(mark.t(), mark.colour(), stroke(mark.dashed()));
            if (labelled) {
                marker.setLabel(mark.label());
                marker.setLabelFont(ChartTheme.MARKER_LABEL);
                marker.setLabelPaint(mark.colour());
                marker.setLabelBackgroundColor(new Color(255, 255, 255, 215));
                boolean rightHalf = end > start && (mark.t() - start) / (end - start) > 0.6;
                marker.setLabelAnchor(rightHalf ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(rightHalf ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
                marker.setLabelOffset(new RectangleInsets(4 + mark.row() * LABEL_STEP_PX, 4, 4, 4));
            }
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        }
    }

    private static Stroke stroke(boolean dashed) {
        return dashed
                ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(2.2f);
    }

    private static Optional<LogEvent> first(List<LogEvent> events, EventKind kind, double from, double until) {
        return events.stream().filter(e -> e.kind() == kind && e.t() >= from && e.t() < until)
                .min(Comparator.comparingDouble(LogEvent::t));
    }

    private static String after(InjectedEvent event, double t) {
        return String.format(Locale.ROOT, "(+%.3f s)", t - event.at());
    }
}
