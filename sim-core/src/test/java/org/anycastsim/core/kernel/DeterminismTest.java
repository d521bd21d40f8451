package org.anycastsim.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    /** A small model with random inter-arrival times, random cancels and timers; returns its trace. */
    private static List<String> trace(long seed) {
        Simulator sim = new Simulator(seed);
        RandomStream arrivals = sim.random().stream("arrivals");
        RandomStream service = sim.random().stream("service");
        List<String> out = new ArrayList<>();
        Timer watchdog = sim.timer(() -> out.add("watchdog " + sim.now()));
        long[] pending = {Simulator.NO_EVENT};
        Event[] arrival = new Event[1];
        arrival[0] = () -> {
            out.add("arrival " + sim.now());
            watchdog.armAfter(SimTime.millis(5));
            if (service.bernoulli(0.3)) {
                sim.cancel(pending[0]);
            }
            pending[0] = sim.scheduleAfter(SimTime.seconds(service.exponential(0.002)),
                    () -> out.add("done " + sim.now()));
            if (sim.now() < SimTime.seconds(1)) {
                sim.scheduleAfter(SimTime.seconds(arrivals.exponential(0.001)), arrival[0]);
            }
        };
        sim.schedule(0, arrival[0]);
        sim.run();
        return out;
    }

    @Test
    void sameSeedGivesTheSameTraceBitForBit() {
        List<String> first = trace(7);
        List<String> second = trace(7);
        assertThat(first).hasSizeGreaterThan(1000).isEqualTo(second);
    }

    @Test
    void differentSeedsGiveDifferentTraces() {
        assertThat(trace(7)).isNotEqualTo(trace(8));
    }
}
