package org.anycastsim.scenarios.run;

import org.anycastsim.core.bgp.BgpNetwork;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.metrics.MetricsRecorder;
import org.anycastsim.core.metrics.TimeSeries;

/** Samples BGP activity into the time series: UPDATEs per second over the interval, and routes held. */
final class BgpProbe implements MetricsRecorder.Probe {
    private final BgpNetwork bgp;
    private long lastUpdates;

    BgpProbe(BgpNetwork bgp) {
        this.bgp = bgp;
    }

    @Override
    public void sample(long timeNanos, long intervalNanos, TimeSeries out) {
        long updates = bgp.updatesSent();
        double seconds = Math.max(SimTime.toSeconds(intervalNanos), 1e-9);
        out.add(timeNanos, "bgp.updates_per_s", "all", "", (updates - lastUpdates) / seconds);
        out.add(timeNanos, "bgp.routes", "all", "", bgp.routesHeld());
        lastUpdates = updates;
    }
}
