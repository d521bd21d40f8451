package org.anycastsim.scenarios.scenario.traffic;

import java.util.List;
import java.util.OptionalLong;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * A DDoS source: {@code rate} of attack traffic from {@code from} towards {@code target}, between
 * {@code start} and {@code stop}, or whenever the timeline's {@code start-attack} and
 * {@code stop-attack} say.
 *
 * @param from client networks: country codes in a built-in world, client names in an explicit network
 */
public record Attack(String name, List<String> from, Prefix target, double rateRps, OptionalLong start,
        OptionalLong stop, Where where) {

    public Attack {
        from = List.copyOf(from);
    }
}
