package org.anycastsim.core.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrafficBenchmarkTest {
    @Test
    void runsTheRequestedSimulatedTimeAndCountsSessionsAndEvents() {
        TwoPops t = new TwoPops();
        TrafficBenchmark.Result r = TrafficBenchmark.run(t.w.simulator, t.w.topology, t.w.forwarding, t.w.hosts,
                2000, 5);
        // About 10,000 sessions (Poisson): each costs an arrival and, for TCP, an end event.
        assertThat(r.sessions()).isBetween(9000L, 11000L);
        assertThat(r.kernelEvents()).isGreaterThan(r.sessions());
        assertThat(r.simulatedSeconds()).isEqualTo(5.0);
        assertThat(t.w.simulator.now()).isEqualTo(5_000_000_000L);
        assertThat(r.sessionsPerWallSecond()).isPositive();
        assertThat(r.eventsPerWallSecond()).isPositive();
    }
}
