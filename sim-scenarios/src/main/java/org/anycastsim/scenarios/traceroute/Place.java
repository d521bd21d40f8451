package org.anycastsim.scenarios.traceroute;

import java.util.Objects;
import org.anycastsim.core.net.Node;

/**
 * Where a traceroute starts, as understood from what the user typed.
 *
 * @param typed   the user's words, e.g. "London"
 * @param node    the routing node the packet leaves from, e.g. eb-GB
 * @param meaning how the words were read, e.g. "city of PoP LHR: the eyeball network of United Kingdom"
 */
public record Place(String typed, Node node, String meaning) {
    public Place {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(meaning, "meaning");
    }
}
