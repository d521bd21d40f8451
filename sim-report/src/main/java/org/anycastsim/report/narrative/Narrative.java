package org.anycastsim.report.narrative;

import java.util.List;

/**
 * A run's story.
 *
 * @param lines      the steps, in time order
 * @param eventCount logged events the story covers (collapsed ones included)
 */
public record Narrative(List<NarrativeLine> lines, int eventCount) {

    public Narrative {
        lines = List.copyOf(lines);
    }
}
