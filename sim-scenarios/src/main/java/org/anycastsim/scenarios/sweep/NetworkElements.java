package org.anycastsim.scenarios.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Switch;
import org.anycastsim.core.net.Topology;
import org.anycastsim.scenarios.scenario.topology.BuiltinTopology;
import org.anycastsim.scenarios.scenario.topology.BuiltinWorlds;
import org.anycastsim.scenarios.scenario.topology.ExplicitTopology;
import org.anycastsim.scenarios.scenario.topology.PopSpec;
import org.anycastsim.scenarios.scenario.topology.RouterSpec;
import org.anycastsim.scenarios.scenario.topology.TopologySpec;
import org.anycastsim.scenarios.world.World;

/**
 * The elements of one kind a base scenario's network has, in the network's own order (PoPs as the
 * world lists them, nodes in creation or declaration order), so that a sweep's runs come in a
 * stable order.
 */
final class NetworkElements {

    private NetworkElements() {}

    /**
     * The elements, or empty when the network's names are not known before it is built (an
     * imported topology).
     *
     * @throws org.anycastsim.scenarios.scenario.topology.OverrideException when a built-in world
     *         cannot take the base's overrides
     */
    static Optional<List<FailureTarget>> of(TopologySpec topology, ElementKind kind) {
        if (topology instanceof BuiltinTopology b) {
            return Optional.of(builtin(BuiltinWorlds.build(b), kind));
        }
        if (topology instanceof ExplicitTopology e) {
            return Optional.of(explicit(e, kind));
        }
        return Optional.empty();
    }

    private static List<FailureTarget> builtin(World world, ElementKind kind) {
        Topology t = world.topology();
        return switch (kind) {
            case POPS -> world.pops().stream().map(p -> new FailureTarget(p.code(), kind, p.routerName())).toList();
            case ROUTERS -> t.nodesOf(Router.class).stream().map(n -> node(n.name(), kind)).toList();
            case SWITCHES -> t.nodesOf(Switch.class).stream().map(n -> node(n.name(), kind)).toList();
            case SERVERS -> t.nodesOf(Server.class).stream().map(n -> node(n.name(), kind)).toList();
        };
    }

    private static List<FailureTarget> explicit(ExplicitTopology t, ElementKind kind) {
        List<FailureTarget> out = new ArrayList<>();
        switch (kind) {
            case POPS -> t.pops().forEach(p -> out.add(new FailureTarget(p.code(), kind, p.router())));
            case ROUTERS -> t.routers().stream().map(RouterSpec::name).forEach(n -> out.add(node(n, kind)));
            case SWITCHES -> t.pops().stream().map(PopSpec::switches).flatMap(List::stream)
                    .forEach(n -> out.add(node(n, kind)));
            case SERVERS -> t.pops().stream().map(PopSpec::servers).flatMap(List::stream)
                    .forEach(n -> out.add(node(n, kind)));
        }
        return out;
    }

    private static FailureTarget node(String name, ElementKind kind) {
        return new FailureTarget(name, kind, name);
    }
}
