package org.anycastsim.core.traffic.session;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.anycastsim.core.kernel.Event;
import org.anycastsim.core.traffic.PathWalker;

/**
 * The live sampled sessions, stored column-wise in primitive arrays (a slot per session, recycled
 * through a free list; no object per session), with two intrusive indices:
 *
 * <ul>
 *   <li>by (routing node, prefix): a session is linked under every distinct router its path
 *       crossed (up to {@value #MAX_ROUTERS}; a longer path goes to one overflow list that every
 *       FIB change re-examines), so a FIB change at router r for prefix p finds exactly the
 *       sessions it can move;</li>
 *   <li>by server: so a server's death finds its sessions.</li>
 * </ul>
 *
 * Linking and unlinking are O(1) (doubly linked lists threaded through int arrays). Each slot owns
 * one reusable timer event (its retry or its end), created when the table grows.
 */
final class SessionTable {
    static final int MAX_ROUTERS = 8;
    static final int NONE = -1;

    enum State {
        FREE,
        /** Waiting to retry an unanswered request. */
        RETRY_WAIT,
        /** A TCP/TLS connection open on its server. */
        ESTABLISHED
    }

    private final int prefixCount;
    private final int overflowKey;
    private final IntConsumer onTimer;
    private final int[] keyHead;
    private final int[] serverHead;

    // per slot
    long[] id;
    State[] state;
    int[] client;
    int[] prefix;
    int[] service;
    SessionKind[] kind;
    int[] srcIp;
    int[] dstIp;
    int[] srcPort;
    int[] server;
    int[] attempt;
    boolean[] stalled;
    long[] start;
    long[] timer;
    int[] mark;
    private int[] memberCount;
    private int[] serverNext;
    private int[] serverPrev;
    private Event[] timers;
    // per membership (slot * MAX_ROUTERS + j)
    private int[] memberKey;
    private int[] memberNext;
    private int[] memberPrev;

    private int[] free;
    private int freeCount;
    private int capacity;
    private int live;

    SessionTable(int nodeCount, int prefixCount, int initialCapacity, IntConsumer onTimer) {
        this.prefixCount = prefixCount;
        this.overflowKey = nodeCount * prefixCount;
        this.onTimer = onTimer;
        keyHead = new int[overflowKey + 1];
        Arrays.fill(keyHead, NONE);
        serverHead = new int[nodeCount];
        Arrays.fill(serverHead, NONE);
        capacity = 0;
        free = new int[0];
        grow(Math.max(16, initialCapacity));
    }

    private void grow(int newCapacity) {
        int old = capacity;
        id = Arrays.copyOf(id == null ? new long[0] : id, newCapacity);
        state = Arrays.copyOf(state == null ? new State[0] : state, newCapacity);
        client = copy(client, newCapacity);
        prefix = copy(prefix, newCapacity);
        service = copy(service, newCapacity);
        kind = Arrays.copyOf(kind == null ? new SessionKind[0] : kind, newCapacity);
        srcIp = copy(srcIp, newCapacity);
        dstIp = copy(dstIp, newCapacity);
        srcPort = copy(srcPort, newCapacity);
        server = copy(server, newCapacity);
        attempt = copy(attempt, newCapacity);
        stalled = Arrays.copyOf(stalled == null ? new boolean[0] : stalled, newCapacity);
        start = Arrays.copyOf(start == null ? new long[0] : start, newCapacity);
        timer = Arrays.copyOf(timer == null ? new long[0] : timer, newCapacity);
        mark = copy(mark, newCapacity);
        memberCount = copy(memberCount, newCapacity);
        serverNext = copy(serverNext, newCapacity);
        serverPrev = copy(serverPrev, newCapacity);
        timers = Arrays.copyOf(timers == null ? new Event[0] : timers, newCapacity);
        memberKey = copy(memberKey, newCapacity * MAX_ROUTERS);
        memberNext = copy(memberNext, newCapacity * MAX_ROUTERS);
        memberPrev = copy(memberPrev, newCapacity * MAX_ROUTERS);
        free = Arrays.copyOf(free, newCapacity);
        for (int s = newCapacity - 1; s >= old; s--) {
            state[s] = State.FREE;
            server[s] = NONE;
            final int slot = s;
            timers[s] = () -> onTimer.accept(slot);
            free[freeCount++] = s;
        }
        capacity = newCapacity;
    }

    private static int[] copy(int[] a, int n) {
        return Arrays.copyOf(a == null ? new int[0] : a, n);
    }

    /** A free slot (state still FREE; the caller fills it). */
    int allocate() {
        if (freeCount == 0) {
            grow(capacity * 2);
        }
        int s = free[--freeCount];
        live++;
        stalled[s] = false;
        attempt[s] = 0;
        mark[s] = 0;
        server[s] = NONE;
        return s;
    }

    /** Unlinks a slot from every index and returns it to the free list. */
    void release(int s) {
        unindexPath(s);
        unindexServer(s);
        state[s] = State.FREE;
        free[freeCount++] = s;
        live--;
    }

    Event timerEvent(int s) {
        return timers[s];
    }

    int live() {
        return live;
    }

    int capacity() {
        return capacity;
    }

    // ---- path index ----

    int key(int router, int prefixIndex) {
        return router * prefixCount + prefixIndex;
    }

    int overflowKey() {
        return overflowKey;
    }

    /** Links a slot under every distinct router of {@code trace} for its prefix. */
    void indexPath(int s, PathWalker.Trace trace) {
        int base = s * MAX_ROUTERS;
        int n = 0;
        boolean overflow = false;
        for (int i = 0; i < trace.routerCount() && !overflow; i++) {
            int k = key(trace.router(i), prefix[s]);
            boolean seen = false;
            for (int j = 0; j < n; j++) {
                if (memberKey[base + j] == k) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                if (n == MAX_ROUTERS) {
                    overflow = true;
                } else {
                    memberKey[base + n++] = k;
                }
            }
        }
        if (overflow) {
            memberKey[base] = overflowKey;
            n = 1;
        }
        for (int j = 0; j < n; j++) {
            link(base + j);
        }
        memberCount[s] = n;
    }

    private void link(int m) {
        int k = memberKey[m];
        int head = keyHead[k];
        memberPrev[m] = NONE;
        memberNext[m] = head;
        if (head != NONE) {
            memberPrev[head] = m;
        }
        keyHead[k] = m;
    }

    void unindexPath(int s) {
        int base = s * MAX_ROUTERS;
        for (int j = 0; j < memberCount[s]; j++) {
            int m = base + j;
            int prev = memberPrev[m];
            int next = memberNext[m];
            if (prev == NONE) {
                keyHead[memberKey[m]] = next;
            } else {
                memberNext[prev] = next;
            }
            if (next != NONE) {
                memberPrev[next] = prev;
            }
        }
        memberCount[s] = 0;
    }

    /** The first membership linked under {@code key}, or {@link #NONE}. */
    int firstMember(int key) {
        return keyHead[key];
    }

    int nextMember(int m) {
        return memberNext[m];
    }

    static int slotOfMember(int m) {
        return m / MAX_ROUTERS;
    }

    // ---- server index ----

    void indexServer(int s, int serverNode) {
        server[s] = serverNode;
        int head = serverHead[serverNode];
        serverPrev[s] = NONE;
        serverNext[s] = head;
        if (head != NONE) {
            serverPrev[head] = s;
        }
        serverHead[serverNode] = s;
    }

    void unindexServer(int s) {
        int srv = server[s];
        if (srv == NONE || state[s] != State.ESTABLISHED) {
            return;
        }
        int prev = serverPrev[s];
        int next = serverNext[s];
        if (prev == NONE) {
            serverHead[srv] = next;
        } else {
            serverNext[prev] = next;
        }
        if (next != NONE) {
            serverPrev[next] = prev;
        }
    }

    /** The first slot established on {@code serverNode}, or {@link #NONE}. */
    int firstOnServer(int serverNode) {
        return serverHead[serverNode];
    }

    int nextOnServer(int s) {
        return serverNext[s];
    }
}
