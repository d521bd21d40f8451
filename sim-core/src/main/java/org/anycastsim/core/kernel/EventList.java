package org.anycastsim.core.kernel;

import java.util.Arrays;

/**
 * The pending-event set: a ladder queue (Tang, Goh and Thng, "Ladder Queue: An O(1) Priority
 * Queue Structure for Large-Scale Discrete Event Simulation", ACM TOMACS 15(3), 2005) over
 * primitive arrays, ordered by (time, sequence) so that equal times run FIFO.
 *
 * <p>Three tiers, as in the paper: <em>top</em> (an unsorted list of far-future events),
 * <em>rungs</em> (bucket arrays, each rung splitting one bucket of the rung above into finer
 * buckets, spawned only where a bucket holds more than {@value #THRESHOLD} events), and
 * <em>bottom</em> (the next events, in a small 4-ary heap with inline keys). Every event is moved
 * a bounded number of times, so enqueue and dequeue are O(1) amortised for the distributions a
 * simulator produces, skewed ones included.
 *
 * <p>Storage: each filed entry is a <em>slot</em>, four longs (time, sequence, state, next) in one
 * array so that walking a bucket touches one cache line per entry, plus its {@link Event}. A
 * handle is {@code generation << 32 | slot}. Cancel is lazy: the slot's generation moves on at
 * once (the handle goes stale) and the entry, now a ghost, is dropped when it surfaces. Pushing
 * an event later (a BGP hold timer re-armed by every message) only records the new key; the entry
 * is re-filed when it surfaces at its old time. Pushing earlier files a new slot and ghosts the
 * old one. Ghosts are purged when they outnumber the live events, so nothing grows without bound.
 */
final class EventList {
    /** Largest time that may be scheduled (about 146 years); keeps bucket arithmetic overflow-free. */
    static final long MAX_TIME = 1L << 62;
    static final int THRESHOLD = 50;
    private static final int EVENTS_PER_BUCKET = 8;
    private static final int MAX_RUNGS = 8;
    private static final int SLOT_BITS = 24;
    private static final int MAX_SLOTS = 1 << SLOT_BITS;
    private static final long SLOT_MASK = MAX_SLOTS - 1;
    private static final long MAX_SEQUENCE = (1L << (63 - SLOT_BITS)) - 1;
    private static final int NONE = -1;

    private static final int STRIDE = 4;
    private static final int TIME = 0;
    private static final int SEQ = 1;
    private static final int STATE = 2;
    private static final int NEXT = 3;
    /** State word: generation << 32 | flags. */
    private static final long LIVE = 1;
    private static final long DEFERRED = 2;
    private static final long GENERATION_MASK = 0xffff_ffff_0000_0000L;

    private long[] slots;
    private Event[] events;
    private long[] deferredTime;
    private long[] deferredSeq;
    private int[] freeSlots;
    private int freeCount;
    private int slotsAllocated;
    private int live;
    private int ghosts;
    private long nextSequence;

    // Top: unsorted singly linked list of entries at or after topStart.
    private int topHead = NONE;
    private int topCount;
    private long topMin = Long.MAX_VALUE;
    private long topMax = Long.MIN_VALUE;
    private long topStart = Long.MIN_VALUE;

    // Rungs: rung r covers [rungStart[r], rungStart[r] + bucketCount[r] * width[r]); buckets
    // before current[r] have been handed down to a finer rung or to the bottom.
    private int rungs;
    private final long[] rungStart = new long[MAX_RUNGS];
    private final long[] width = new long[MAX_RUNGS];
    private final int[] bucketCount = new int[MAX_RUNGS];
    private final int[] current = new int[MAX_RUNGS];
    private final int[][] bucketHead = new int[MAX_RUNGS][];

    // Bottom: 4-ary heap, two longs per entry: time, then sequence << SLOT_BITS | slot.
    private long[] bottom = new long[2 * 64];
    private int bottomSize;

    EventList(int initialCapacity) {
        int cap = Math.max(16, initialCapacity);
        slots = new long[STRIDE * cap];
        events = new Event[cap];
        deferredTime = new long[cap];
        deferredSeq = new long[cap];
        freeSlots = new int[cap];
        for (int i = 0; i < MAX_RUNGS; i++) {
            bucketHead[i] = new int[0];
        }
    }

    /** Live (not cancelled, not yet run) events. */
    int size() {
        return live;
    }

    boolean isEmpty() {
        return live == 0;
    }

    /** Entries physically held, ghosts included; for tests of the no-garbage promise. */
    int physicalSize() {
        return live + ghosts;
    }

    long add(long time, Event event) {
        checkTime(time);
        return fileNew(time, takeSequence(), event);
    }

    /** The earliest live event's time; only when not {@link #isEmpty()}. */
    long minTime() {
        cleanHead();
        return bottom[0];
    }

    /** Removes the earliest live event and returns it; only when not {@link #isEmpty()}. */
    Event poll() {
        cleanHead();
        int slot = (int) (bottom[1] & SLOT_MASK);
        removeBottomTop();
        Event event = events[slot];
        events[slot] = null;
        slots[STRIDE * slot + STATE] = nextGeneration(slot);
        freeSlots[freeCount++] = slot;
        live--;
        return event;
    }

    boolean isPending(long handle) {
        int slot = (int) handle;
        if (slot < 0 || slot >= slotsAllocated) {
            return false;
        }
        long state = slots[STRIDE * slot + STATE];
        return (state & GENERATION_MASK) == (handle & GENERATION_MASK) && (state & LIVE) != 0;
    }

    boolean cancel(long handle) {
        if (!isPending(handle)) {
            return false;
        }
        ghost((int) handle);
        maybePurge();
        return true;
    }

    /**
     * Moves a pending event to {@code time} with a fresh sequence, as if cancelled and scheduled
     * now. Returns the event's handle afterwards (unchanged when the event moves later, new when it
     * moves earlier), or {@link Simulator#NO_EVENT} when {@code handle} is not pending.
     */
    long reschedule(long handle, long time) {
        if (!isPending(handle)) {
            return Simulator.NO_EVENT;
        }
        checkTime(time);
        int slot = (int) handle;
        int base = STRIDE * slot;
        long seq = takeSequence();
        if (time >= slots[base + TIME]) {
            slots[base + STATE] |= DEFERRED;
            deferredTime[slot] = time;
            deferredSeq[slot] = seq;
            return handle;
        }
        Event event = events[slot];
        ghost(slot);
        long fresh = fileNew(time, seq, event);
        maybePurge();
        return fresh;
    }

    long timeOf(long handle) {
        if (!isPending(handle)) {
            return SimTime.NEVER;
        }
        int slot = (int) handle;
        return (slots[STRIDE * slot + STATE] & DEFERRED) != 0 ? deferredTime[slot] : slots[STRIDE * slot + TIME];
    }

    private static void checkTime(long time) {
        if (time < 0 || time > MAX_TIME) {
            throw new IllegalArgumentException("event time out of range: " + time + " ns");
        }
    }

    private long takeSequence() {
        if (nextSequence > MAX_SEQUENCE) {
            throw new IllegalStateException("event sequence space exhausted");
        }
        return nextSequence++;
    }

    private long fileNew(long time, long seq, Event event) {
        int slot = allocateSlot();
        int base = STRIDE * slot;
        slots[base + TIME] = time;
        slots[base + SEQ] = seq;
        long generation = slots[base + STATE] & GENERATION_MASK;
        slots[base + STATE] = generation | LIVE;
        events[slot] = event;
        live++;
        file(slot);
        return generation | slot;
    }

    /** Turns a live entry into a ghost: its handle goes stale now, the entry leaves when it surfaces. */
    private void ghost(int slot) {
        events[slot] = null;
        slots[STRIDE * slot + STATE] = nextGeneration(slot);
        live--;
        ghosts++;
    }

    private long nextGeneration(int slot) {
        return (slots[STRIDE * slot + STATE] & GENERATION_MASK) + (1L << 32);
    }

    // ---- filing ----

    private void file(int slot) {
        int base = STRIDE * slot;
        long t = slots[base + TIME];
        if (t >= topStart) {
            slots[base + NEXT] = topHead;
            topHead = slot;
            topCount++;
            if (t < topMin) {
                topMin = t;
            }
            if (t > topMax) {
                topMax = t;
            }
            return;
        }
        for (int r = 0; r < rungs; r++) {
            if (t >= rungStart[r] + current[r] * width[r]) {
                int b = (int) ((t - rungStart[r]) / width[r]);
                slots[base + NEXT] = bucketHead[r][b];
                bucketHead[r][b] = slot;
                return;
            }
        }
        pushBottom(slot);
    }

    /** Drops ghosts and re-files deferred entries at the bottom's head until it is a live, due event. */
    private void cleanHead() {
        while (true) {
            if (bottomSize == 0) {
                refillBottom();
            }
            int slot = (int) (bottom[1] & SLOT_MASK);
            int base = STRIDE * slot;
            long state = slots[base + STATE];
            if ((state & LIVE) == 0) {
                removeBottomTop();
                freeSlots[freeCount++] = slot;
                ghosts--;
            } else if ((state & DEFERRED) != 0) {
                removeBottomTop();
                slots[base + STATE] = state & ~DEFERRED;
                slots[base + TIME] = deferredTime[slot];
                slots[base + SEQ] = deferredSeq[slot];
                file(slot);
            } else {
                return;
            }
        }
    }

    /** Moves the next non-empty bucket into the bottom, spawning a finer rung for a crowded one. */
    private void refillBottom() {
        while (true) {
            if (rungs == 0) {
                if (topCount == 0) {
                    throw new IllegalStateException("event list is empty");
                }
                rungFromTop();
            }
            int r = rungs - 1;
            int[] heads = bucketHead[r];
            int b = current[r];
            int end = bucketCount[r];
            while (b < end && heads[b] == NONE) {
                b++;
            }
            if (b == end) {
                rungs--;
                continue;
            }
            current[r] = b + 1;
            int head = heads[b];
            heads[b] = NONE;
            int count = countUpTo(head, THRESHOLD + 1);
            if (count <= THRESHOLD || width[r] == 1 || rungs == MAX_RUNGS) {
                for (int s = head; s != NONE; ) {
                    int next = (int) slots[STRIDE * s + NEXT];
                    pushBottom(s);
                    s = next;
                }
                return;
            }
            count = countUpTo(head, Integer.MAX_VALUE);
            long start = rungStart[r] + b * width[r];
            long w = Math.max(1, (width[r] + count - 1) / count);
            openRung(start, w, (int) ((width[r] + w - 1) / w));
            fileAll(head, rungs - 1);
        }
    }

    private int countUpTo(int head, int limit) {
        int count = 0;
        for (int s = head; s != NONE && count < limit; s = (int) slots[STRIDE * s + NEXT]) {
            count++;
        }
        return count;
    }

    /** Files a list of entries into rung r's buckets. */
    private void fileAll(int head, int r) {
        long start = rungStart[r];
        long w = width[r];
        int[] heads = bucketHead[r];
        for (int s = head; s != NONE; ) {
            int base = STRIDE * s;
            int next = (int) slots[base + NEXT];
            int b = (int) ((slots[base + TIME] - start) / w);
            slots[base + NEXT] = heads[b];
            heads[b] = s;
            s = next;
        }
    }

    /**
     * Spreads top over a new first rung. The paper sizes buckets for about one event each; about
     * {@value #EVENTS_PER_BUCKET} per bucket keeps the bucket array an eighth as large (it stays in
     * cache for a million events) while each refill still hands the bottom heap only a handful.
     */
    private void rungFromTop() {
        long w = Math.max(1, (topMax - topMin) / Math.max(1, topCount / EVENTS_PER_BUCKET) + 1);
        int buckets = (int) ((topMax - topMin) / w + 1);
        openRung(topMin, w, buckets);
        fileAll(topHead, 0);
        topStart = topMin + buckets * w;
        topHead = NONE;
        topCount = 0;
        topMin = Long.MAX_VALUE;
        topMax = Long.MIN_VALUE;
    }

    private void openRung(long start, long w, int buckets) {
        int r = rungs++;
        rungStart[r] = start;
        width[r] = w;
        bucketCount[r] = buckets;
        current[r] = 0;
        if (bucketHead[r].length < buckets) {
            bucketHead[r] = new int[Math.max(buckets, bucketHead[r].length * 2)];
        }
        Arrays.fill(bucketHead[r], 0, buckets, NONE);
    }

    // ---- bottom heap ----

    private void pushBottom(int slot) {
        if (2 * bottomSize + 2 > bottom.length) {
            bottom = Arrays.copyOf(bottom, bottom.length * 2);
        }
        int base = STRIDE * slot;
        siftUp(bottomSize++, slots[base + TIME], (slots[base + SEQ] << SLOT_BITS) | slot);
    }

    private void removeBottomTop() {
        int last = --bottomSize;
        if (last > 0) {
            siftDown(bottom[2 * last], bottom[2 * last + 1]);
        }
    }

    private void siftUp(int index, long time, long key) {
        long[] h = bottom;
        while (index > 0) {
            int parent = (index - 1) >>> 2;
            long pt = h[2 * parent];
            long pk = h[2 * parent + 1];
            if (pt < time || (pt == time && pk < key)) {
                break;
            }
            h[2 * index] = pt;
            h[2 * index + 1] = pk;
            index = parent;
        }
        h[2 * index] = time;
        h[2 * index + 1] = key;
    }

    private void siftDown(long time, long key) {
        long[] h = bottom;
        int n = bottomSize;
        int index = 0;
        while (true) {
            int first = 4 * index + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            long bt = h[2 * first];
            long bk = h[2 * first + 1];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                long ct = h[2 * c];
                if (ct < bt || (ct == bt && h[2 * c + 1] < bk)) {
                    best = c;
                    bt = ct;
                    bk = h[2 * c + 1];
                }
            }
            if (time < bt || (time == bt && key < bk)) {
                break;
            }
            h[2 * index] = bt;
            h[2 * index + 1] = bk;
            index = best;
        }
        h[2 * index] = time;
        h[2 * index + 1] = key;
    }

    // ---- ghosts ----

    /** When ghosts outnumber live events, gathers the live entries back into top and frees the rest. */
    private void maybePurge() {
        if (ghosts <= Math.max(4096, 2 * live)) {
            return;
        }
        int gathered = NONE;
        for (int i = 0; i < bottomSize; i++) {
            int s = (int) (bottom[2 * i + 1] & SLOT_MASK);
            slots[STRIDE * s + NEXT] = gathered;
            gathered = s;
        }
        bottomSize = 0;
        for (int r = 0; r < rungs; r++) {
            for (int b = current[r]; b < bucketCount[r]; b++) {
                gathered = prependList(bucketHead[r][b], gathered);
            }
        }
        rungs = 0;
        gathered = prependList(topHead, gathered);
        topHead = NONE;
        topCount = 0;
        topMin = Long.MAX_VALUE;
        topMax = Long.MIN_VALUE;
        topStart = Long.MIN_VALUE;
        for (int s = gathered; s != NONE; ) {
            int base = STRIDE * s;
            int next = (int) slots[base + NEXT];
            long state = slots[base + STATE];
            if ((state & LIVE) == 0) {
                freeSlots[freeCount++] = s;
                ghosts--;
            } else {
                if ((state & DEFERRED) != 0) {
                    slots[base + STATE] = state & ~DEFERRED;
                    slots[base + TIME] = deferredTime[s];
                    slots[base + SEQ] = deferredSeq[s];
                }
                file(s);
            }
            s = next;
        }
    }

    private int prependList(int head, int onto) {
        for (int s = head; s != NONE; ) {
            int next = (int) slots[STRIDE * s + NEXT];
            slots[STRIDE * s + NEXT] = onto;
            onto = s;
            s = next;
        }
        return onto;
    }

    // ---- slots ----

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsAllocated == MAX_SLOTS) {
            throw new IllegalStateException("more than " + MAX_SLOTS + " pending events");
        }
        if (slotsAllocated == events.length) {
            int cap = Math.min(MAX_SLOTS, events.length * 2);
            slots = Arrays.copyOf(slots, STRIDE * cap);
            events = Arrays.copyOf(events, cap);
            deferredTime = Arrays.copyOf(deferredTime, cap);
            deferredSeq = Arrays.copyOf(deferredSeq, cap);
            freeSlots = Arrays.copyOf(freeSlots, cap);
        }
        int slot = slotsAllocated++;
        // Generations start at 1 so that handle 0 (a zeroed field) never names a live event.
        slots[STRIDE * slot + STATE] = 1L << 32;
        return slot;
    }
}
