package org.anycastsim.scenarios.scenario.topology;

import org.anycastsim.scenarios.scenario.source.Where;

/**
 * The network a scenario runs on: a built-in world with overrides, an imported file, or a
 * network written out in the scenario itself.
 */
public sealed interface TopologySpec permits BuiltinTopology, ImportedTopology, ExplicitTopology {

    Where where();
}
