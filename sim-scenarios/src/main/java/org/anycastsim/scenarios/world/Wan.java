package org.anycastsim.scenarios.world;

import org.anycastsim.core.geo.PropagationModel;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Topology;

/** WAN links: delay from the great-circle distance between the two ends, never below a cross-connect's. */
final class Wan {
    private Wan() {}

    static long delayNanos(Node a, Node b, PropagationModel model, long floorNanos) {
        return Math.max(floorNanos, model.propagationNanos(a.location(), b.location()));
    }

    /** A link whose IGP cost is its delay in microseconds (the Topology default). */
    static Link connect(Topology t, Node a, Node b, PropagationModel model, long capacityBps, long floorNanos) {
        return t.connect(a, b, delayNanos(a, b, model, floorNanos), capacityBps);
    }
}
