package org.anycastsim.scenarios.scenario.topology;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anycastsim.scenarios.scenario.Maps;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * A PoP of the operator in an explicit network: its edge router, its switches and the servers
 * behind each switch. The links inside a PoP (router to each switch, switch to each of its
 * servers) are implied. A plain {@code servers: [...]} list is split over the switches in
 * contiguous blocks, as in the built-in worlds.
 *
 * @param code            the PoP's name, e.g. an IATA code
 * @param router          the edge router (declared under {@code routers})
 * @param serversBySwitch each switch, in file order, with its servers
 * @param controlServer   the name of the PoP's control server, if it has one
 */
public record PopSpec(String code, String router, Map<String, List<String>> serversBySwitch,
        Optional<String> controlServer, Where where) {

    public PopSpec {
        serversBySwitch = Maps.copyOfLists(serversBySwitch);
    }

    public List<String> switches() {
        return List.copyOf(serversBySwitch.keySet());
    }

    public List<String> servers() {
        return serversBySwitch.values().stream().flatMap(List::stream).toList();
    }
}
