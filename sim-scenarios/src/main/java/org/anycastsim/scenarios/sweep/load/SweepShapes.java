package org.anycastsim.scenarios.sweep.load;

import java.util.List;
import org.anycastsim.scenarios.scenario.load.Shape;

/** The object shapes of the sweep format (docs/SCENARIO-FORMAT.md, "Sweeps"). */
final class SweepShapes {

    /** The sweep kinds, one of which a sweep file holds. */
    static final List<String> KINDS = List.of("nMinus1", "random", "grid");

    static final Shape SWEEP = new Shape("sweep", "a sweep", List.of("name"),
            List.of("$schema", "description", "base", "scenario", "nMinus1", "random", "grid"));
    static final Shape N_MINUS_1 = new Shape("nMinus1", "an N-1 sweep", List.of("over", "at"), List.of());
    static final Shape RANDOM = new Shape("random", "a random failure sweep", List.of("k", "of", "runs", "at"),
            List.of("interval"));
    static final Shape GRID = new Shape("grid", "a grid sweep", List.of("parameters"), List.of());
    static final Shape GRID_PARAMETERS = new Shape("gridParameters", "the grid's parameters", List.of(),
            GridParameters.names());

    private SweepShapes() {}
}
