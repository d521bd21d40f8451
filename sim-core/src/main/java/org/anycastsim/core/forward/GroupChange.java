package org.anycastsim.core.forward;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Which flows a group change moved: for every pair (next hop before, next hop after), the
 * fraction of flows that went from one to the other. Pairs with {@code from == to} are flows that
 * stayed; {@link NextHopGroup#NO_NEXT_HOP} stands for "no route" (an empty group).
 *
 * <p>{@link #compare} is exact: it partitions the 2^32 hash values by (before, after) using the
 * tables and regions themselves, so a fraction is a count of hash values over 2^32, with no
 * sampling error. {@link #sample} applies the same bookkeeping to a concrete set of flows.
 */
public final class GroupChange {
    /**
     * Largest joint period {@code lcm(size before, size after)} that {@link #compare} walks for two
     * slot tables. Same-size tables (resilient, Maglev) need just their size; modulo-N tables of N
     * and N-1 slots need N(N-1).
     */
    public static final long MAX_PERIOD = 1L << 26;

    /** One (before, after) pair and its fraction of all flows. */
    public record Move(int from, int to, double fraction) {}

    private final int[] from;
    private final int[] to;
    private final long[] count;
    private final long total;

    private GroupChange(Map<Long, Long> counts, long total) {
        this.from = new int[counts.size()];
        this.to = new int[counts.size()];
        this.count = new long[counts.size()];
        int i = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            from[i] = (int) (e.getKey() >> 32);
            to[i] = e.getKey().intValue();
            count[i] = e.getValue();
            i++;
        }
        this.total = total;
    }

    /**
     * The exact change between two mappings over the whole hash space. Both must be slot tables
     * (modulo-N, resilient, Maglev; any sizes whose joint period is at most {@link #MAX_PERIOD})
     * or both hash-threshold regions.
     */
    public static GroupChange compare(HashMapping before, HashMapping after) {
        Map<Long, Long> counts = new TreeMap<>();
        if (before instanceof ModuloTable a && after instanceof ModuloTable b) {
            compareSlots(a, b, counts);
        } else if (before instanceof RangeTable a && after instanceof RangeTable b) {
            compareRegions(a, b, counts);
        } else {
            throw new IllegalArgumentException("cannot compare " + before.scheme() + " with " + after.scheme());
        }
        return new GroupChange(counts, HashMapping.HASH_VALUES);
    }

    /** The change as seen by {@code flows}, each hashed with the router's {@code seed}. */
    public static GroupChange sample(HashMapping before, HashMapping after, Iterable<FlowKey> flows, int seed) {
        Map<Long, Long> counts = new TreeMap<>();
        long n = 0;
        for (FlowKey flow : flows) {
            int h = flow.hash(seed);
            counts.merge(pair(before.select(h), after.select(h)), 1L, Long::sum);
            n++;
        }
        if (n == 0) {
            throw new IllegalArgumentException("no flows to sample");
        }
        return new GroupChange(counts, n);
    }

    /** The flows among {@code flows} whose next hop differs between the two mappings. */
    public static List<FlowKey> movedFlows(HashMapping before, HashMapping after, Iterable<FlowKey> flows, int seed) {
        List<FlowKey> moved = new ArrayList<>();
        for (FlowKey flow : flows) {
            int h = flow.hash(seed);
            if (before.select(h) != after.select(h)) {
                moved.add(flow);
            }
        }
        return moved;
    }

    /**
     * Slot tables of sizes n1 and n2: the pair (h mod n1, h mod n2) repeats with period
     * L = lcm(n1, n2), so walk one period; residue t occurs floor(2^32 / L) times, plus once more
     * if t < 2^32 mod L.
     */
    private static void compareSlots(ModuloTable a, ModuloTable b, Map<Long, Long> counts) {
        int n1 = a.size();
        int n2 = b.size();
        long period = (long) n1 / gcd(n1, n2) * n2;
        if (period > MAX_PERIOD) {
            throw new IllegalArgumentException("joint period " + period + " too long for an exact diff; use sample()");
        }
        int[] ids1 = memberIds(a.nextHops());
        int[] ids2 = memberIds(b.nextHops());
        int[] dense1 = denseSlots(a);
        int[] dense2 = denseSlots(b);
        long[] matrix = new long[ids1.length * ids2.length];
        long base = HashMapping.HASH_VALUES / period;
        long extra = HashMapping.HASH_VALUES % period;
        int r1 = 0;
        int r2 = 0;
        for (long t = 0; t < period; t++) {
            matrix[dense1[r1] * ids2.length + dense2[r2]] += t < extra ? base + 1 : base;
            if (++r1 == n1) {
                r1 = 0;
            }
            if (++r2 == n2) {
                r2 = 0;
            }
        }
        for (int i = 0; i < ids1.length; i++) {
            for (int j = 0; j < ids2.length; j++) {
                if (matrix[i * ids2.length + j] > 0) {
                    counts.merge(pair(ids1[i], ids2[j]), matrix[i * ids2.length + j], Long::sum);
                }
            }
        }
    }

    /** Regions: merge the two sorted lists of boundaries. */
    private static void compareRegions(RangeTable a, RangeTable b, Map<Long, Long> counts) {
        int i = 0;
        int j = 0;
        long lo = 0;
        while (lo < HashMapping.HASH_VALUES) {
            long hi = Math.min(a.upper(i), b.upper(j));
            counts.merge(pair(a.regionId(i), b.regionId(j)), hi - lo, Long::sum);
            if (a.upper(i) == hi) {
                i++;
            }
            if (b.upper(j) == hi) {
                j++;
            }
            lo = hi;
        }
    }

    /** Member ids in index order, then {@link NextHopGroup#NO_NEXT_HOP} last. */
    private static int[] memberIds(NextHopSet set) {
        int[] ids = new int[set.size() + 1];
        for (int i = 0; i < set.size(); i++) {
            ids[i] = set.id(i);
        }
        ids[set.size()] = NextHopGroup.NO_NEXT_HOP;
        return ids;
    }

    /** Per slot, the member's index, or the index of {@code NO_NEXT_HOP} in {@link #memberIds}. */
    private static int[] denseSlots(ModuloTable table) {
        NextHopSet set = table.nextHops();
        int[] dense = new int[table.size()];
        for (int r = 0; r < dense.length; r++) {
            int index = set.indexOf(table.slot(r));
            dense[r] = index >= 0 ? index : set.size();
        }
        return dense;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static long pair(int from, int to) {
        return ((long) from << 32) | (to & 0xffff_ffffL);
    }

    /** Fraction of flows that went from {@code from} (before) to {@code to} (after). */
    public double fraction(int from, int to) {
        long sum = 0;
        for (int i = 0; i < count.length; i++) {
            if (this.from[i] == from && this.to[i] == to) {
                sum += count[i];
            }
        }
        return sum / (double) total;
    }

    /** Fraction of all flows whose next hop changed. */
    public double movedFraction() {
        return sum(k -> from[k] != to[k]);
    }

    /** Fraction of all flows that were on {@code nextHopId} and now are elsewhere. */
    public double movedFraction(int nextHopId) {
        return sum(k -> from[k] == nextHopId && to[k] != nextHopId);
    }

    /**
     * Fraction of all flows that moved between two next hops neither of which is
     * {@code changedNextHop}: the collateral damage of adding, removing or re-weighting it.
     */
    public double collateralFraction(int changedNextHop) {
        return sum(k -> from[k] != to[k] && from[k] != changedNextHop && to[k] != changedNextHop);
    }

    /** Fraction of flows on {@code nextHopId} before the change. */
    public double shareBefore(int nextHopId) {
        return sum(k -> from[k] == nextHopId);
    }

    /** Fraction of flows on {@code nextHopId} after the change. */
    public double shareAfter(int nextHopId) {
        return sum(k -> to[k] == nextHopId);
    }

    /** All pairs with {@code from != to}, ordered by (from, to). */
    public List<Move> moves() {
        List<Move> moves = new ArrayList<>();
        for (int k = 0; k < count.length; k++) {
            if (from[k] != to[k]) {
                moves.add(new Move(from[k], to[k], count[k] / (double) total));
            }
        }
        return Collections.unmodifiableList(moves);
    }

    /** The denominator: 2^32 hash values for {@link #compare}, the number of flows for {@link #sample}. */
    public long total() {
        return total;
    }

    private double sum(IntPredicate filter) {
        long sum = 0;
        for (int k = 0; k < count.length; k++) {
            if (filter.test(k)) {
                sum += count[k];
            }
        }
        return sum / (double) total;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format("GroupChange[moved %.4f", movedFraction()));
        for (Move m : moves()) {
            sb.append(String.format(", %d->%d %.4f", m.from(), m.to(), m.fraction()));
        }
        return sb.append(']').toString();
    }
}
