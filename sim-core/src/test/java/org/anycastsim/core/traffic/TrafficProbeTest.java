package org.anycastsim.core.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.metrics.MetricsRecorder;
import org.anycastsim.core.metrics.TimeSeries;
import org.anycastsim.core.traffic.session.Sampling;
import org.anycastsim.core.traffic.session.SessionConfig;
import org.junit.jupiter.api.Test;

class TrafficProbeTest {
    @Test
    void writesTheOutputFormatsTrafficMetricsWhoseRatesAddUpToTheCounts() {
        TwoPops t = new TwoPops();
        t.w.hosts.defaultCapacity(400);
        for (int s : t.nrt.serverIds()) {
            t.w.hosts.capacity(s, "dns", 200).capacity(s, "web", 200);
        }
        SessionConfig sessions = SessionConfig.defaults().withSampling(Sampling.fraction(0.5));
        Traffic tr = t.w.attach(t.w.demand(1000).build(), TrafficConfig.defaults().withSessions(sessions));
        TimeSeries ts = new TimeSeries();
        MetricsRecorder rec = new MetricsRecorder(t.w.simulator, ts);
        rec.addProbe(tr.probe());
        rec.start();
        // At 2.5 s JP is sent across the ocean to LHR.
        t.w.simulator.schedule(SimTime.millis(2500), () -> t.w.route(t.tas, t.teu));
        t.w.simulator.runUntil(SimTime.seconds(5));

        assertThat(ts.values("pop.offered_rps", "LHR")).containsExactly(1000, 1000, 1500, 2000, 2000);
        assertThat(ts.values("pop.offered_rps", "NRT")).containsExactly(1000, 1000, 500, 0, 0);
        // LHR: 4 servers x 2 services x 400 = 3200 of capacity.
        assertThat(ts.values("pop.utilisation", "LHR")).containsExactly(1000 / 3200.0, 1000 / 3200.0,
                2000 / 3200.0, 2000 / 3200.0, 2000 / 3200.0);
        // NRT: 2 servers x 200 per service against 500 each: 100 of 500 dropped per service.
        assertThat(ts.values("pop.dropped_rps", "NRT")[0]).isCloseTo(200, within(1e-9));
        assertThat(ts.rows("server.served_rps", "NRT-s01")).allMatch(r -> r.group().equals("NRT"));
        assertThat(ts.rows("pop.served_rps", "LHR")).allMatch(r -> r.group().isEmpty());
        double[] served = ts.values("service.served_rps", "dns");
        double[] offered = ts.values("service.offered_rps", "dns");
        double[] dropped = ts.values("service.dropped_rps", "dns");
        for (int i = 0; i < offered.length; i++) {
            assertThat(served[i] + dropped[i]).isCloseTo(offered[i], within(1e-9));
        }
        double servedSum = Arrays.stream(ts.values("pop.served_rps", "NRT")).sum();
        assertThat(servedSum).isCloseTo(tr.fluid().aggregates().popCounts("NRT").served(), within(1e-6));
        // Sessions broke when JP moved PoP, in the third interval only.
        double[] popChange = ts.values("sessions.broken", "pop-change");
        assertThat(popChange[2]).isPositive();
        assertThat(popChange[0] + popChange[1] + popChange[3] + popChange[4]).isZero();
        assertThat(ts.values("sessions.broken", "server-death")).containsOnly(0.0);
        // Latency for all and per region. Asia first waits in NRT's overloaded queues (capped at 1 s),
        // then crosses the ocean twice to LHR's idle servers.
        assertThat(ts.values("latency.p50_ms", "all")).hasSize(5);
        double[] asia = ts.values("latency.p50_ms", "AS");
        assertThat(asia[0]).isGreaterThan(1000);
        assertThat(asia[4]).isBetween(2 * TwoPops.OCEAN_DELAY / 1e6, 2 * TwoPops.OCEAN_DELAY / 1e6 + 20);
        assertThat(ts.values("latency.p99_ms", "EU")).hasSize(5);
    }
}
