package org.anycastsim.report.narrative;

/** What a narrative line is about, for the page to style it (a failure reads differently from a repair). */
public enum Tone {
    FAILURE, DETECTION, ROUTING, REPAIR, ALERT, TRAFFIC, INFO,
    /** A convergence the summary measured, not a logged event. */
    MILESTONE,
    /** A collapsed run of routing changes. */
    SUMMARY
}
