package org.anycastsim.core.forward;

import java.util.Arrays;

/**
 * An immutable set of weighted next hops, kept sorted by id. It is the membership of an ECMP
 * group at one version: what a {@link HashingScheme} maps the hash space onto.
 *
 * <p>Ids are non-negative ints (the forwarding layer uses node and interface ids), so that
 * {@link NextHopGroup#NO_NEXT_HOP} ({@code -1}) can never collide with one. Weights are
 * 1..{@value #MAX_WEIGHT}, the range of Linux's 16-bit next-hop weights; the total weight stays
 * below 2^31 so that every hash-threshold region is non-empty. Sorting by id gives the schemes a
 * canonical order, which is what makes a mapping independent of the order members were added in.
 */
public final class NextHopSet {
    public static final int MAX_WEIGHT = 0xffff;
    public static final NextHopSet EMPTY = new NextHopSet(new int[0], new int[0], 0);

    private final int[] ids;
    private final int[] weights;
    private final int totalWeight;

    private NextHopSet(int[] ids, int[] weights, int totalWeight) {
        this.ids = ids;
        this.weights = weights;
        this.totalWeight = totalWeight;
    }

    /** Equal-weight (1) next hops; ids must be distinct. */
    public static NextHopSet of(int... ids) {
        NextHopSet set = EMPTY;
        for (int id : ids) {
            if (set.contains(id)) {
                throw new IllegalArgumentException("duplicate next hop " + id);
            }
            set = set.with(id, 1);
        }
        return set;
    }

    /** This set with {@code id} added, or with its weight replaced if already present. */
    public NextHopSet with(int id, int weight) {
        if (id < 0) {
            throw new IllegalArgumentException("next-hop ids are non-negative: " + id);
        }
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("weight must be 1.." + MAX_WEIGHT + ": " + weight);
        }
        int index = Arrays.binarySearch(ids, id);
        if (index >= 0) {
            if (weights[index] == weight) {
                return this;
            }
            int[] w = weights.clone();
            w[index] = weight;
            return new NextHopSet(ids, w, totalWeight - weights[index] + weight);
        }
        long total = (long) totalWeight + weight;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("total weight would exceed 2^31 - 1");
        }
        int at = -index - 1;
        return new NextHopSet(insert(ids, at, id), insert(weights, at, weight), (int) total);
    }

    /** This set without {@code id} (unchanged if absent). */
    public NextHopSet without(int id) {
        int index = Arrays.binarySearch(ids, id);
        if (index < 0) {
            return this;
        }
        return new NextHopSet(delete(ids, index), delete(weights, index), totalWeight - weights[index]);
    }

    public int size() {
        return ids.length;
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }

    /** The id at {@code index} in ascending id order. */
    public int id(int index) {
        return ids[index];
    }

    /** The weight of the next hop at {@code index} in ascending id order. */
    public int weight(int index) {
        return weights[index];
    }

    /** Position of {@code id} in ascending id order, or a negative number if absent. */
    public int indexOf(int id) {
        return Arrays.binarySearch(ids, id);
    }

    public boolean contains(int id) {
        return indexOf(id) >= 0;
    }

    /** The weight of {@code id}, or 0 if it is not a member. */
    public int weightOf(int id) {
        int index = indexOf(id);
        return index >= 0 ? weights[index] : 0;
    }

    public int totalWeight() {
        return totalWeight;
    }

    /** The ids in ascending order (a copy). */
    public int[] ids() {
        return ids.clone();
    }

    /** Greatest common divisor of the weights (1 for the empty set); scaling all weights is no change. */
    int weightGcd() {
        int g = 0;
        for (int w : weights) {
            g = gcd(g, w);
        }
        return g == 0 ? 1 : g;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static int[] insert(int[] array, int at, int value) {
        int[] out = new int[array.length + 1];
        System.arraycopy(array, 0, out, 0, at);
        out[at] = value;
        System.arraycopy(array, at, out, at + 1, array.length - at);
        return out;
    }

    private static int[] delete(int[] array, int at) {
        int[] out = new int[array.length - 1];
        System.arraycopy(array, 0, out, 0, at);
        System.arraycopy(array, at + 1, out, at, array.length - at - 1);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NextHopSet other && Arrays.equals(ids, other.ids) && Arrays.equals(weights, other.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ids) + Arrays.hashCode(weights);
    }

    /** E.g. {@code {3:1, 7:2}} (id:weight). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < ids.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(ids[i]).append(':').append(weights[i]);
        }
        return sb.append('}').toString();
    }
}
