package org.anycastsim.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Drives the kernel's event list and {@link PriorityQueue} side by side through a long random
 * mix of schedule, cancel, reschedule and pop operations; both must agree on every popped event.
 */
class EventListRandomizedTest {

    private record Ref(long time, long seq, int id) {}

    private static final Comparator<Ref> ORDER =
            Comparator.comparingLong(Ref::time).thenComparingLong(Ref::seq);

    @Test
    void agreesWithPriorityQueueOverAMillionRandomOperations() {
        SplittableRandom rnd = new SplittableRandom(20261128L);
        EventList list = new EventList(16);
        PriorityQueue<Ref> reference = new PriorityQueue<>(ORDER);
        List<long[]> live = new ArrayList<>(); // {handle, id}
        Ref[] byId = new Ref[2_000_000];
        long seq = 0;
        int nextId = 0;
        long now = 0;
        int ops = 1_200_000;
        int pops = 0;
        for (int op = 0; op < ops; op++) {
            int choice = rnd.nextInt(100);
            if (choice < 45 || live.isEmpty()) {
                // Many equal times (coarse grid) to exercise FIFO ties.
                long time = now + rnd.nextInt(50);
                int id = nextId++;
                final int eventId = id;
                long handle = list.add(time, new IdEvent(eventId));
                Ref ref = new Ref(time, seq++, id);
                byId[id] = ref;
                reference.add(ref);
                live.add(new long[] {handle, id});
            } else if (choice < 60) {
                int k = rnd.nextInt(live.size());
                long[] victim = live.get(k);
                assertThat(list.cancel(victim[0])).isTrue();
                assertThat(reference.remove(byId[(int) victim[1]])).isTrue();
                removeSwap(live, k);
            } else if (choice < 70) {
                int k = rnd.nextInt(live.size());
                long[] moved = live.get(k);
                long time = now + rnd.nextInt(50);
                long newHandle = list.reschedule(moved[0], time);
                assertThat(newHandle).isNotEqualTo(Simulator.NO_EVENT);
                assertThat(list.isPending(newHandle)).isTrue();
                if (newHandle != moved[0]) {
                    assertThat(list.isPending(moved[0])).isFalse();
                }
                moved[0] = newHandle;
                Ref old = byId[(int) moved[1]];
                reference.remove(old);
                Ref ref = new Ref(time, seq++, old.id());
                byId[old.id()] = ref;
                reference.add(ref);
            } else {
                Ref expected = reference.poll();
                assertThat(list.isEmpty()).isFalse();
                assertThat(list.minTime()).isEqualTo(expected.time());
                IdEvent got = (IdEvent) list.poll();
                assertThat(got.id).isEqualTo(expected.id());
                now = expected.time();
                pops++;
                for (int i = 0; i < live.size(); i++) {
                    if (live.get(i)[1] == expected.id()) {
                        removeSwap(live, i);
                        break;
                    }
                }
            }
            assertThat(list.size()).isEqualTo(reference.size());
        }
        while (!reference.isEmpty()) {
            assertThat(((IdEvent) list.poll()).id).isEqualTo(reference.poll().id());
        }
        assertThat(list.isEmpty()).isTrue();
        assertThat(pops).isGreaterThan(300_000);
    }

    private static void removeSwap(List<long[]> live, int k) {
        int last = live.size() - 1;
        live.set(k, live.get(last));
        live.remove(last);
    }

    private static final class IdEvent implements Event {
        final int id;

        IdEvent(int id) {
            this.id = id;
        }

        @Override
        public void fire() {}
    }
}
