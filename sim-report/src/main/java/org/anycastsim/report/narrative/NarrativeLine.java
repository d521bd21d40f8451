package org.anycastsim.report.narrative;

import java.util.Objects;

/**
 * One step of the story.
 *
 * @param t    simulated time, seconds
 * @param tone what sort of step
 * @param text the step in plain words (not escaped: the page escapes it)
 * @param note secondary detail from the log (a reason, the previous next hop), or empty
 */
public record NarrativeLine(double t, Tone tone, String text, String note) {

    public NarrativeLine {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(text, "text");
        note = note == null ? "" : note;
    }
}
