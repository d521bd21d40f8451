package org.anycastsim.report.html;

import org.anycastsim.report.data.Summary;

import java.util.Locale;

/** A run's verdict as the page shows it. */
enum Verdict {
    PASSED("passed", "pass"),
    FAILED("failed", "fail"),
    /** A run without expectations asserts nothing: showing it as passed would overstate it. */
    NO_EXPECTATIONS("no expectations", "none");

    final String label;
    final String cssClass;

    Verdict(String label, String cssClass) {
        this.label = label;
        this.cssClass = cssClass;
    }

    static Verdict of(Summary summary) {
        if (summary.expectations().isEmpty()) {
            return NO_EXPECTATIONS;
        }
        return summary.passed() ? PASSED : FAILED;
    }

    static Verdict of(boolean passed) {
        return passed ? PASSED : FAILED;
    }

    void badge(HtmlWriter w) {
        w.element("span", label.toUpperCase(Locale.ROOT), "class", "badge " + cssClass);
    }
}
