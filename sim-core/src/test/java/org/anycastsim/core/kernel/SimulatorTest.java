package org.anycastsim.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorTest {
    private final Simulator sim = new Simulator(42);
    private final List<String> log = new ArrayList<>();

    private Event record(String name) {
        return () -> log.add(name + "@" + sim.now());
    }

    @Test
    void eventsRunInTimeOrderWhateverTheSchedulingOrder() {
        sim.schedule(30, record("c"));
        sim.schedule(10, record("a"));
        sim.schedule(20, record("b"));
        sim.run();
        assertThat(log).containsExactly("a@10", "b@20", "c@30");
        assertThat(sim.now()).isEqualTo(30);
        assertThat(sim.executedEvents()).isEqualTo(3);
    }

    @Test
    void equalTimesRunInSchedulingOrder() {
        for (int i = 0; i < 100; i++) {
            sim.schedule(5, record("e" + i));
        }
        sim.run();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            expected.add("e" + i + "@5");
        }
        assertThat(log).isEqualTo(expected);
    }

    @Test
    void eventScheduledForNowRunsAfterEventsAlreadyDueNow() {
        sim.schedule(7, () -> {
            log.add("first");
            sim.scheduleAfter(0, record("zero-delay"));
        });
        sim.schedule(7, record("second"));
        sim.run();
        assertThat(log).containsExactly("first", "second@7", "zero-delay@7");
    }

    @Test
    void cancelledEventNeverRunsAndStaleHandlesAreHarmless() {
        long a = sim.schedule(10, record("a"));
        long b = sim.schedule(20, record("b"));
        assertThat(sim.cancel(a)).isTrue();
        assertThat(sim.cancel(a)).isFalse();
        assertThat(sim.isPending(a)).isFalse();
        assertThat(sim.isPending(b)).isTrue();
        sim.run();
        assertThat(log).containsExactly("b@20");
        // b's slot has been reused by nobody yet; its handle is stale after running.
        assertThat(sim.cancel(b)).isFalse();
        long c = sim.schedule(30, record("c"));
        assertThat(sim.cancel(a)).isFalse();
        assertThat(sim.isPending(c)).isTrue();
        assertThat(sim.cancel(Simulator.NO_EVENT)).isFalse();
        assertThat(sim.isPending(0L)).isFalse();
    }

    @Test
    void rescheduleMovesAnEventEarlierOrLater() {
        long a = sim.schedule(100, record("a"));
        sim.schedule(50, record("b"));
        long moved = sim.reschedule(a, 10);
        assertThat(sim.isPending(moved)).isTrue();
        assertThat(sim.reschedule(a, 20)).isEqualTo(moved == a ? a : Simulator.NO_EVENT);
        sim.run();
        assertThat(log).containsExactly("a@10", "b@50");
    }

    @Test
    void reArmedTimerFiresOnceAtItsLastExpiry() {
        Timer hold = sim.timer(record("hold-expired"));
        hold.armAt(90);
        sim.schedule(1, () -> hold.armAfter(90));
        sim.run();
        assertThat(log).containsExactly("hold-expired@91");
    }

    @Test
    void reArmingOnEveryMessageLeavesNoGarbageInTheEventList() {
        // A keepalive every tick pushes the hold timer later each time, as BGP does.
        List<Long> fired = new ArrayList<>();
        Timer hold = sim.timer(() -> fired.add(sim.now()));
        hold.armAfter(90);
        int[] maxPending = {0};
        int[] maxHeld = {0};
        Event keepalive = () -> {
            hold.armAfter(90);
            maxPending[0] = Math.max(maxPending[0], sim.pendingEvents());
            maxHeld[0] = Math.max(maxHeld[0], sim.heldEntries());
        };
        for (int i = 1; i <= 100_000; i++) {
            sim.schedule(i, keepalive);
            if (i % 1000 == 0) {
                sim.runUntil(i);
            }
        }
        sim.run();
        assertThat(fired).containsExactly(100_000L + 90);
        // At most the 1000 keepalives scheduled ahead plus the timer's single entry.
        assertThat(maxPending[0]).isLessThanOrEqualTo(1001);
        assertThat(maxHeld[0]).isLessThanOrEqualTo(1001);
    }

    @Test
    void timerCanBeCancelledAndReArmedAfterFiring() {
        Timer t = sim.timer(record("t"));
        t.armAt(10);
        assertThat(t.isArmed()).isTrue();
        assertThat(t.expiry()).isEqualTo(10);
        t.cancel();
        assertThat(t.isArmed()).isFalse();
        assertThat(t.expiry()).isEqualTo(SimTime.NEVER);
        sim.run();
        assertThat(log).isEmpty();
        t.armAfter(5);
        sim.run();
        t.armAfter(5);
        sim.run();
        assertThat(log).containsExactly("t@5", "t@10");
    }

    @Test
    void runUntilStopsAtTheBoundAndAdvancesTheClock() {
        sim.schedule(10, record("a"));
        sim.schedule(20, record("b"));
        sim.schedule(30, record("c"));
        sim.runUntil(20);
        assertThat(log).containsExactly("a@10", "b@20");
        assertThat(sim.now()).isEqualTo(20);
        sim.runUntil(25);
        assertThat(sim.now()).isEqualTo(25);
        assertThat(sim.pendingEvents()).isEqualTo(1);
        sim.run();
        assertThat(log).containsExactly("a@10", "b@20", "c@30");
    }

    @Test
    void stopEndsTheLoopAfterTheCurrentEvent() {
        sim.schedule(10, () -> {
            log.add("a");
            sim.stop();
        });
        sim.schedule(10, record("b"));
        sim.run();
        assertThat(log).containsExactly("a");
        assertThat(sim.isStopRequested()).isTrue();
        sim.run();
        assertThat(log).containsExactly("a", "b@10");
    }

    @Test
    void schedulingInThePastIsRefused() {
        sim.schedule(10, record("a"));
        sim.run();
        assertThatThrownBy(() -> sim.schedule(5, record("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.scheduleAfter(-1, record("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listenerSeesEveryExecutedEventInOrder() {
        List<Long> seen = new ArrayList<>();
        sim.setListener((time, event) -> seen.add(time));
        sim.schedule(3, record("a"));
        sim.schedule(1, record("b"));
        sim.run();
        assertThat(seen).containsExactly(1L, 3L);
        sim.setListener(null);
        sim.schedule(5, record("c"));
        sim.run();
        assertThat(seen).hasSize(2);
    }

    @Test
    void stepRunsOneEvent() {
        sim.schedule(4, record("a"));
        sim.schedule(8, record("b"));
        assertThat(sim.step()).isTrue();
        assertThat(log).containsExactly("a@4");
        assertThat(sim.step()).isTrue();
        assertThat(sim.step()).isFalse();
    }

    @Test
    void timeFormatting() {
        assertThat(SimTime.format(SimTime.millis(61_250))).isEqualTo("61.250s");
        assertThat(SimTime.format(0)).isEqualTo("0.000s");
        assertThat(SimTime.format(SimTime.seconds(1.5))).isEqualTo("1.500s");
        assertThat(SimTime.formatMicros(SimTime.micros(1_000_001))).isEqualTo("1.000001s");
        assertThat(SimTime.seconds(2)).isEqualTo(2_000_000_000L);
        assertThat(SimTime.millis(0.25)).isEqualTo(250_000L);
        assertThat(SimTime.toSeconds(SimTime.millis(1500))).isEqualTo(1.5);
    }
}
