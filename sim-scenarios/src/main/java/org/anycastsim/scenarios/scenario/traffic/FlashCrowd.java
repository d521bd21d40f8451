package org.anycastsim.scenarios.scenario.traffic;

import java.util.List;
import java.util.Optional;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * Demand from some clients multiplied by {@code factor} between {@code start} and {@code stop}.
 * Exactly one of {@code region} and {@code clients} is given.
 *
 * @param region  a continent code (AF, AN, AS, EU, NA, OC, SA); built-in worlds only
 * @param clients client networks: country codes in a built-in world, client names in an explicit network
 */
public record FlashCrowd(Optional<String> region, List<String> clients, double factor, long start, long stop,
        Where where) {

    public FlashCrowd {
        clients = List.copyOf(clients);
    }
}
