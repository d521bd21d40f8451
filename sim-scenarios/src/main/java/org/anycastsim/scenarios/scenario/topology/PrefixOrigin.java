package org.anycastsim.scenarios.scenario.topology;

import java.util.List;
import java.util.Optional;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * A prefix of an explicit network and the routers that originate it (several for anycast).
 *
 * @param service the service it carries ({@code dns}, {@code proxy}, ...), for traffic and capacity
 */
public record PrefixOrigin(Prefix prefix, List<String> origin, Optional<String> service, Where where) {

    public PrefixOrigin {
        origin = List.copyOf(origin);
    }
}
