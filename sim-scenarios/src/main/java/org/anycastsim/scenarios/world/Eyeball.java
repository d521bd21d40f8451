package org.anycastsim.scenarios.world;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Router;

/**
 * An eyeball network as built into a world.
 *
 * @param node        its border router and source of demand
 * @param name        "Germany", "United States New England", ...
 * @param members     ISO3 codes of the countries it covers
 * @param users       Internet users (the node's demand weight)
 * @param upstreams   the transit routers it buys from
 * @param peeringPop  the PoP whose router it peers with, or null
 */
public record Eyeball(ClientNetwork node, String name, List<String> members, long users, List<Router> upstreams,
        String peeringPop) {
    public Eyeball {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        upstreams = List.copyOf(upstreams);
    }

    public Optional<String> peering() {
        return Optional.ofNullable(peeringPop);
    }
}
