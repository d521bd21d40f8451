package org.anycastsim.core.bgp;

import static org.anycastsim.core.bgp.TestNet.P;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anycastsim.core.bgp.policy.Action;
import org.anycastsim.core.bgp.policy.Match;
import org.anycastsim.core.bgp.policy.Policy;
import org.anycastsim.core.bgp.policy.Rule;
import org.anycastsim.core.bgp.policy.Verdict;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.Router;
import org.junit.jupiter.api.Test;

class ConvergenceTest {

    /** A clique of n ASes, AS 1 originating P; returns the monitor's window for the withdrawal. */
    private static ConvergenceMonitor.Window cliqueWithdrawal(int size, long mrai) {
        TestNet n = new TestNet();
        Router[] r = new Router[size];
        for (int i = 0; i < size; i++) {
            r[i] = n.router("R" + (i + 1), i + 1);
        }
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                n.link(r[i], r[j], 1);
            }
        }
        n.wire();
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                n.ebgp(r[i], r[j], SessionTimers.ebgpDefaults().withMrai(mrai));
            }
        }
        ConvergenceMonitor monitor = new ConvergenceMonitor(n.sim, 1_000_000, SimTime.seconds(3600));
        n.bgp.addListener(monitor);
        n.originate(r[0], P);
        n.bgp.startAll();
        n.sim.runUntil(SimTime.seconds(200));
        for (int i = 1; i < size; i++) {
            assertThat(n.path(r[i])).isEqualTo("[1]");
        }
        monitor.open("withdraw");
        n.bgp.speaker(r[0]).stopOriginating(P);
        n.sim.runUntil(SimTime.seconds(2000));
        for (int i = 1; i < size; i++) {
            assertThat(n.best(r[i], P)).isNull();
        }
        return monitor.current();
    }

    @Test
    void pathHuntingMakesWithdrawalsSlowerWithCliqueSizeUnderMrai() {
        ConvergenceMonitor.Window three = cliqueWithdrawal(3, SimTime.seconds(30));
        ConvergenceMonitor.Window five = cliqueWithdrawal(5, SimTime.seconds(30));
        ConvergenceMonitor.Window seven = cliqueWithdrawal(7, SimTime.seconds(30));
        // Labovitz et al. (SIGCOMM 2000): a withdrawal explores ever longer paths, one MRAI round each.
        assertThat(five.convergenceSeconds()).isGreaterThan(three.convergenceSeconds());
        assertThat(seven.convergenceSeconds()).isGreaterThan(five.convergenceSeconds());
        assertThat(seven.convergenceSeconds()).isGreaterThan(30);
        assertThat(seven.updates()).isGreaterThan(five.updates());
        assertThat(seven.converged()).isTrue();
    }

    @Test
    void withoutMraiWithdrawalConvergesWithinMessageDelays() {
        ConvergenceMonitor.Window five = cliqueWithdrawal(5, 0);
        assertThat(five.convergenceSeconds()).isLessThan(0.1);
    }

    @Test
    void freshAnnouncementConvergesQuicklyEvenUnderMrai() {
        TestNet n = new TestNet();
        Router[] r = new Router[5];
        for (int i = 0; i < 5; i++) {
            r[i] = n.router("R" + (i + 1), i + 1);
        }
        for (int i = 0; i < 5; i++) {
            for (int j = i + 1; j < 5; j++) {
                n.link(r[i], r[j], 1);
            }
        }
        n.wire();
        for (int i = 0; i < 5; i++) {
            for (int j = i + 1; j < 5; j++) {
                n.ebgp(r[i], r[j], SessionTimers.ebgpDefaults());
            }
        }
        ConvergenceMonitor monitor = new ConvergenceMonitor(n.sim, 1_000_000, SimTime.seconds(3600));
        n.bgp.addListener(monitor);
        n.bgp.startAll();
        n.sim.runUntil(SimTime.seconds(100));
        monitor.open("announce");
        n.originate(r[0], P);
        n.sim.runUntil(SimTime.seconds(300));
        // The first announcement on each session goes out at once (MRAI idle): one round of delays.
        assertThat(monitor.current().convergenceSeconds()).isLessThan(0.1);
    }

    /**
     * BAD GADGET (Griffin, Shepherd, Wilfong 2002): AS 1, 2, 3 around origin AS 0 each prefer the
     * path through their clockwise neighbour over their direct path, and refuse longer ones. No
     * stable assignment exists; the monitor must report it instead of running forever.
     */
    @Test
    void badGadgetIsReportedAsNotConverged() {
        TestNet n = new TestNet();
        Router origin = n.router("R0", 100);
        Router[] r = {n.router("R1", 1), n.router("R2", 2), n.router("R3", 3)};
        for (Router x : r) {
            n.link(origin, x, 1);
        }
        for (int i = 0; i < 3; i++) {
            n.link(r[i], r[(i + 1) % 3], 1);
        }
        n.wire();
        SessionTimers timers = SessionTimers.ebgpDefaults().withMrai(0);
        for (Router x : r) {
            n.ebgp(origin, x, timers);
        }
        for (int i = 0; i < 3; i++) {
            Router me = r[i];
            Router next = r[(i + 1) % 3];
            // Import at `me` from `next`: accept only the two-hop path [next 100], with local-pref 200.
            Policy fromNext = Policy.of("prefer-" + next.name(), Verdict.REJECT,
                    new Rule("via-neighbour", new Match.AsPathLength(org.anycastsim.core.bgp.policy.Comparison.EQ, 2),
                            List.of(new Action.SetLocalPref(200)), Verdict.ACCEPT));
            n.bgp.connect(new BgpNetwork.End(n.speaker(me), fromNext, Policy.ACCEPT_ALL),
                    new BgpNetwork.End(n.speaker(next), Policy.REJECT_ALL, Policy.ACCEPT_ALL),
                    n.topo.linkBetween(me, next), timers, Relationship.NONE, false);
        }
        ConvergenceMonitor monitor = new ConvergenceMonitor(n.sim, 20_000, SimTime.seconds(600));
        n.bgp.addListener(monitor);
        n.originate(origin, P);
        n.bgp.startAll();
        n.sim.runUntil(SimTime.seconds(3600));
        assertThat(monitor.diverged()).isTrue();
        assertThat(monitor.current().converged()).isFalse();
        assertThat(n.sim.isStopRequested()).isTrue();
        assertThat(n.sim.now()).isLessThan(SimTime.seconds(3600));
    }
}
