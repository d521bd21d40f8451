package org.anycastsim.core.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Monitors check every second and control servers probe every two seconds on hundreds of servers:
 * in steady state (nothing failing, load below the marks) those ticks must allocate nothing.
 */
class SteadyStateAllocationTest {

    @Test
    void monitorChecksAndProbeRoundsAllocateNothing() {
        var bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported(),
                "needs per-thread allocation counters (HotSpot)");
        var threads = (com.sun.management.ThreadMXBean) bean;
        TestPop pop = TestPop.started(1, HostConfig.DEFAULTS);
        for (int n = 1; n <= 4; n++) {
            pop.load.setUtilisation(pop.server(n).id(), 0.7);
        }
        long tid = Thread.currentThread().getId();
        double t = 0;
        for (int round = 0; round < 4; round++) { // the first round warms up (class loading, compilation)
            long events = pop.sim.executedEvents();
            long before = threads.getThreadAllocatedBytes(tid);
            t += 10_000;
            pop.runUntil(t);
            long allocated = threads.getThreadAllocatedBytes(tid) - before;
            long ticks = pop.sim.executedEvents() - events;
            assertThat(ticks).isGreaterThan(49_000);
            // 50,000 ticks: even one small object per tick would be 800 kB
            if (round > 0) {
                assertThat(allocated).isLessThan(8 * 1024);
            }
        }
        assertThat(pop.log.size()).isEqualTo(1);
    }
}
