package org.anycastsim.core.host;

import static org.anycastsim.core.host.TestPop.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anycastsim.core.metrics.LogEvent;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    private static final HostConfig CONFIG = HostConfig.DEFAULTS
            .withStartStaggerSeconds(5)
            .withLogStartup(true)
            .withControl(ControlConfig.DEFAULTS.withIpmi(0.5, 30));

    /** A busy hour: restarts, reboots (IPMI may or may not take), a switch and a router with drawn repairs. */
    private static List<LogEvent> run(long seed) {
        TestPop pop = new TestPop(seed, CONFIG);
        pop.hosts.start();
        pop.at(20.25, () -> pop.ops().crashProcess(pop.server(1), "dns"));
        pop.at(31.5, () -> pop.ops().crashProcess(pop.server(2), "proxy"));
        pop.at(40.75, () -> pop.ops().crashServer(pop.server(3)));
        pop.at(45.1, () -> pop.ops().crashServer(pop.server(4)));
        pop.at(300.3, () -> pop.ops().crashSwitch(pop.sw1));
        pop.at(3000.7, () -> pop.ops().crashRouter(pop.router));
        pop.runUntil(6000);
        return pop.log.events();
    }

    @Test
    void sameSeedSameLog() {
        List<LogEvent> first = run(42);
        List<LogEvent> second = run(42);
        assertThat(first).hasSizeGreaterThan(40);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedDrawsOtherTimes() {
        assertThat(run(43)).isNotEqualTo(run(42));
    }

    @Test
    void staggeredStartIsWithinTheStaggerAndLogged() {
        TestPop pop = new TestPop(42, CONFIG);
        pop.hosts.start();
        pop.runUntil(5);
        assertThat(pop.events("in-service")).hasSize(4)
                .allSatisfy(e -> assertThat(e.time()).isBetween(0L, s(5)));
        for (int n = 1; n <= 4; n++) {
            assertThat(pop.daemon(n).announced()).hasSize(4);
        }
    }
}
