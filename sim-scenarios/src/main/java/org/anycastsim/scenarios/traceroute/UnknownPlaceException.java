package org.anycastsim.scenarios.traceroute;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A place no rule of {@link Places} could read. An {@link IllegalArgumentException}, so that the
 * command line reports it as bad input (exit 2); it carries the names the user probably meant.
 */
public final class UnknownPlaceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> suggestions;

    public UnknownPlaceException(String typed, String world, List<String> suggestions) {
        super(message(typed, world, suggestions));
        this.suggestions = List.copyOf(suggestions);
    }

    /** Close names, best first; empty when nothing is close. */
    public List<String> suggestions() {
        return suggestions;
    }

    private static String message(String typed, String world, List<String> suggestions) {
        String base = "unknown place '" + typed + "' in " + world
                + ": not a node, PoP code, eyeball network, country or city";
        if (suggestions.isEmpty()) {
            return base + ", and no such name is close to it";
        }
        return base + " (did you mean " + suggestions.stream().map(s -> "'" + s + "'")
                .collect(Collectors.joining(", ")) + "?)";
    }
}
