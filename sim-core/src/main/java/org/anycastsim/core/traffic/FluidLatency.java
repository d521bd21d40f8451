package org.anycastsim.core.traffic;

import java.util.List;
import org.anycastsim.core.metrics.LatencyStats;
import org.anycastsim.core.net.ClientNetwork;

/**
 * The fluid model's latency distribution at one instant: every (client, server) path contributes
 * its latency — RTT (twice the one-way delay) plus the server's mean queueing wait — weighted by the
 * legitimate rate it serves. Exact for the rates, with no sampling noise; it leaves out the spread
 * of waiting times around their mean, which sampled sessions do draw.
 */
final class FluidLatency {
    private FluidLatency() {}

    static LatencyStats statsFor(FluidLoad fluid) {
        List<String> regions = LatencyStats.distinct(
                fluid.demand().clients().stream().map(ClientNetwork::region).toList());
        return new LatencyStats(regions, fluid.popIndex().codes());
    }

    static LatencyStats into(FluidLoad fluid, LatencyStats stats) {
        stats.reset();
        ServerCells cells = fluid.cells;
        PopIndex pops = fluid.popIndex();
        for (int f = 0; f < fluid.flowCount(); f++) {
            FlowRoute r = fluid.flow(f);
            if (r.legit <= 0) {
                continue;
            }
            int region = stats.regionIndex(fluid.demand().client(r.client).region());
            for (int k = 0; k < r.count; k++) {
                int c = r.cell[k];
                double weight = r.legit * r.fraction[k] * cells.servedFraction(c);
                double ms = 2 * r.oneWayNanos[k] / 1e6 + cells.meanWaitSeconds(c) * 1e3;
                stats.record(ms, region, pops.popOf(r.server[k]), weight);
            }
        }
        return stats;
    }
}
