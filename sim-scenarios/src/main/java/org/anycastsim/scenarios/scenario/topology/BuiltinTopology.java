package org.anycastsim.scenarios.scenario.topology;

import java.util.Objects;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * A built-in world by name ({@code cloudflare-2013}), changed by {@code overrides}.
 *
 * @param name      the world's name as listed by {@code anycast-sim list}
 * @param overrides what the scenario changes; {@link BuiltinOverrides#NONE} for none
 */
public record BuiltinTopology(String name, BuiltinOverrides overrides, Where where) implements TopologySpec {

    public BuiltinTopology {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(where, "where");
    }
}
