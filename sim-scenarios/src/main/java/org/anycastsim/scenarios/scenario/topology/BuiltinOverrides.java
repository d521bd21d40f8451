package org.anycastsim.scenarios.scenario.topology;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.scenarios.scenario.Maps;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * Changes to a built-in world. Every field is optional: what is absent keeps the world's own
 * default.
 *
 * @param serversPerPop  servers in every PoP ({@code serversPerPop: 8})
 * @param serversByPop   servers per named PoP ({@code serversPerPop: {SJC: 12}}); PoPs not named keep the default
 * @param switchesPerPop switches in every PoP
 * @param pathInflation  fibre length over great-circle distance
 * @param transits       the transit ASes to use, by ASN, in order
 * @param peeringShare   the fraction of eyeball networks that peer with the operator directly
 * @param hashing        the PoP routers' ECMP hashing scheme
 * @param services       replacement service prefixes by service name, in file order; empty keeps the world's
 */
public record BuiltinOverrides(OptionalInt serversPerPop, Map<String, Integer> serversByPop, OptionalInt switchesPerPop,
        OptionalDouble pathInflation, Optional<List<Integer>> transits, OptionalDouble peeringShare,
        Optional<HashingKind> hashing, Map<String, List<Prefix>> services, Where where) {

    public static final BuiltinOverrides NONE = new BuiltinOverrides(OptionalInt.empty(), Map.of(), OptionalInt.empty(),
            OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty(), Optional.empty(), Map.of(),
            Where.synthetic("defaults"));

    public BuiltinOverrides {
        serversByPop = Maps.copy(serversByPop);
        transits = transits.map(List::copyOf);
        services = Maps.copyOfLists(services);
        Objects.requireNonNull(where, "where");
    }
}
