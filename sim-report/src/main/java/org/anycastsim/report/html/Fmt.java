package org.anycastsim.report.html;

import java.util.Locale;

/** Numbers as the page prints them: fixed locale, units spelled out, absent values as a dash. */
final class Fmt {

    static final String NONE = "\u2014";

    private Fmt() {
    }

    static String seconds(double s) {
        return Double.isNaN(s) ? NONE : String.format(Locale.ROOT, "%.3f s", s);
    }

    /** Simulated time in the narrative: {@code 61.004s}, as the seed's timeline reads. */
    static String time(double t) {
        return String.format(Locale.ROOT, "%.3fs", t);
    }

    static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return NONE;
        }
        double p = fraction * 100;
        return String.format(Locale.ROOT, p != 0 && Math.abs(p) < 0.01 ? "%.2g %%" : "%.2f %%", p);
    }

    static String count(double n) {
        return Double.isNaN(n) ? NONE : String.format(Locale.ROOT, "%,.0f", n);
    }

    static String ms(double v) {
        return Double.isNaN(v) ? NONE : String.format(Locale.ROOT, "%.1f ms", v);
    }

    /** A measured value as the scenario's bound would write it: enough digits, no unit guessing. */
    static String measured(double v) {
        if (Double.isNaN(v)) {
            return "not measured";
        }
        if (v != 0 && (Math.abs(v) < 0.001 || Math.abs(v) >= 1e7)) {
            return String.format(Locale.ROOT, "%.4g", v);
        }
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
