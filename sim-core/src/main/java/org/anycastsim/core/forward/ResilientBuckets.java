package org.anycastsim.core.forward;

import java.util.Arrays;

/**
 * Linux resilient next-hop groups ({@code ip nexthop add id G group 1/2/3 type resilient buckets B};
 * kernel documentation {@code networking/nexthop-group-resilient.rst}). The hash selects one of
 * {@code B} buckets ({@code hash mod B}, as the kernel's {@code hash % num_nh_buckets}); each bucket
 * names a next hop. When the group changes, buckets are reassigned only where necessary:
 *
 * <ul>
 *   <li>A bucket whose next hop left the group is orphaned and must move. If a member left, only
 *       orphans move: each, in ascending bucket order, goes to the member currently furthest below
 *       its fair share {@code B * w / W}. No surviving flow moves, even when the member that left
 *       held no bucket at all (possible when {@code B} is small against the total weight).</li>
 *   <li>Otherwise (a member was added or a weight changed), buckets move one at a time from the
 *       member most over its fair share to the member most under it, while that strictly reduces
 *       the imbalance (over-excess plus under-deficit exceeds one bucket). Only members over their
 *       share give buckets, and each gives its lowest-numbered ones, as the kernel's upkeep scan
 *       does. The result holds every member within one bucket of its fair share.</li>
 * </ul>
 *
 * <p>Differences from the kernel, on purpose: the kernel migrates an over-quota bucket only after
 * it has been idle for {@code idle_timer} (default 120 s) or when {@code unbalanced_timer}
 * expires; the simulator treats every bucket as idle, i.e. it shows the state the kernel
 * converges to. The kernel fixes quotas by cumulative rounding of {@code B * w / W}; the
 * water-filling above reaches the same balance but guarantees that a removal moves nothing but
 * orphans (cumulative rounding can shift a survivor's quota by one bucket). The price: after a
 * removal the spread between most-over and most-under member can exceed one bucket (below two in
 * the property tests) until the next add or weight change rebalances.
 *
 * <p>The mapping depends on history (that is the point): the same member set reached through
 * different changes can have different bucket tables. A fresh {@link #map} fills buckets in
 * ascending order, each to the member furthest below its share, ties to the lowest id.
 *
 * <p>Default size {@value #DEFAULT_BUCKETS}: one bucket is 1/4096 of the traffic (0.024 %), so
 * rounding error stays below 2 % of a member's share for groups of up to 80 equal members, and
 * the table is 16 KiB. The kernel's netlink attribute for the bucket count is 16 bits wide; this
 * class accepts 1..65535 buckets.
 */
public record ResilientBuckets(int buckets) implements HashingScheme {
    public static final int DEFAULT_BUCKETS = 4096;

    public ResilientBuckets {
        if (buckets < 1 || buckets > 0xffff) {
            throw new IllegalArgumentException("buckets must be 1..65535: " + buckets);
        }
    }

    public ResilientBuckets() {
        this(DEFAULT_BUCKETS);
    }

    @Override
    public HashMapping map(NextHopSet nextHops) {
        int[] table = new int[buckets];
        Arrays.fill(table, NextHopGroup.NO_NEXT_HOP);
        return rebalance(table, nextHops, false);
    }

    @Override
    public HashMapping remap(HashMapping previous, NextHopSet nextHops) {
        if (previous instanceof ModuloTable table && equals(table.scheme())) {
            return rebalance(table.slots(), nextHops, anyLeft(table.nextHops(), nextHops));
        }
        return map(nextHops);
    }

    private static boolean anyLeft(NextHopSet before, NextHopSet after) {
        for (int i = 0; i < before.size(); i++) {
            if (!after.contains(before.id(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reassigns buckets of {@code table} (a private copy, modified in place) for {@code nextHops};
     * if {@code orphansOnly}, surviving members keep all their buckets.
     */
    private ModuloTable rebalance(int[] table, NextHopSet nextHops, boolean orphansOnly) {
        int n = nextHops.size();
        if (n == 0) {
            Arrays.fill(table, NextHopGroup.NO_NEXT_HOP);
            return new ModuloTable(this, nextHops, table);
        }
        int[] held = new int[n];
        int orphans = 0;
        for (int owner : table) {
            int index = nextHops.indexOf(owner);
            if (index >= 0) {
                held[index]++;
            } else {
                orphans++;
            }
        }
        int[] quota = planQuotas(held, orphans, orphansOnly, nextHops);
        // Free orphans and, from over-quota members, their lowest-numbered excess buckets ...
        int[] freed = new int[buckets];
        int freedCount = 0;
        for (int b = 0; b < buckets; b++) {
            int index = nextHops.indexOf(table[b]);
            if (index < 0 || held[index] > quota[index]) {
                if (index >= 0) {
                    held[index]--;
                }
                freed[freedCount++] = b;
            }
        }
        // ... and hand them out in bucket order to whoever is furthest below quota.
        for (int k = 0; k < freedCount; k++) {
            int taker = 0;
            for (int i = 1; i < n; i++) {
                if (quota[i] - held[i] > quota[taker] - held[taker]) {
                    taker = i;
                }
            }
            table[freed[k]] = nextHops.id(taker);
            held[taker]++;
        }
        return new ModuloTable(this, nextHops, table);
    }

    /**
     * Final bucket counts per member. Deviation from the fair share is tracked exactly, scaled by
     * the total weight W: {@code dev = count * W - B * w} (a member is over quota when positive).
     */
    private int[] planQuotas(int[] held, int orphans, boolean orphansOnly, NextHopSet nextHops) {
        int n = held.length;
        long total = nextHops.totalWeight();
        int[] quota = held.clone();
        long[] dev = new long[n];
        for (int i = 0; i < n; i++) {
            dev[i] = held[i] * total - (long) buckets * nextHops.weight(i);
        }
        for (int k = 0; k < orphans; k++) {
            int under = argMin(dev);
            quota[under]++;
            dev[under] += total;
        }
        if (orphansOnly) {
            return quota;
        }
        while (true) {
            int over = argMax(dev);
            int under = argMin(dev);
            if (dev[over] - dev[under] <= total) {
                return quota;
            }
            quota[over]--;
            dev[over] -= total;
            quota[under]++;
            dev[under] += total;
        }
    }

    /** First index of the minimum, i.e. ties go to the lowest id. */
    private static int argMin(long[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static int argMax(long[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "resilient(" + buckets + ")";
    }
}
