package org.anycastsim.report.chart;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

/**
 * Utilisation in % of capacity as colour: pale and calm well below capacity, hot orange as it
 * nears 100 %, deep red beyond it (overload: requests are being dropped). The steps sit where
 * a capacity planner's attention should jump, not evenly.
 */
final class UtilisationPaintScale implements PaintScale, Serializable {

    static final double UPPER = 150;
    private static final double[] STOPS = {0, 60, 80, 95, 100, UPPER};
    private static final Color[] COLOURS = {
        new Color(0xEFF3FF), new Color(0xFFFFB2), new Color(0xFECC5C), new Color(0xFD8D3C),
        new Color(0xE31A1C), new Color(0x67000D),
    };
    static final Color MISSING = new Color(0xDDDDDD);

    @Override
    public double getLowerBound() {
        return 0;
    }

    @Override
    public double getUpperBound() {
        return UPPER;
    }

    @Override
    public Paint getPaint(double percent) {
        if (Double.isNaN(percent)) {
            return MISSING;
        }
        double v = Math.max(0, Math.min(UPPER, percent));
        for (int i = 1; i < STOPS.length; i++) {
            if (v <= STOPS[i]) {
                double f = (v - STOPS[i - 1]) / (STOPS[i] - STOPS[i - 1]);
                return mix(COLOURS[i - 1], COLOURS[i], f);
            }
        }
        return COLOURS[COLOURS.length - 1];
    }

    /** Dark cells need light text. */
    static boolean isDark(double percent) {
        return !Double.isNaN(percent) && percent >= 97;
    }

    private static Color mix(Color a, Color b, double f) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * f),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * f),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * f));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UtilisationPaintScale;
    }

    @Override
    public int hashCode() {
        return UtilisationPaintScale.class.hashCode();
    }
}
