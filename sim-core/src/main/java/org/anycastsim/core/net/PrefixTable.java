package org.anycastsim.core.net;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A longest-prefix-match table for IPv4: the forwarding information base of a simulated
 * router, and the anycast service-range table of a PoP.
 *
 * <p>Layout: one open-addressing hash table per prefix length that is present, keyed by the
 * prefix's network address as a primitive {@code int}, plus a small array of the present
 * lengths sorted from longest to shortest. {@link #lookup(int)} masks the address for each
 * present length in turn and probes that length's table; the first hit is the longest match.
 * This is the "binary search on prefix lengths" family's simple linear variant (M. Waldvogel
 * et al., "Scalable High Speed IP Routing Lookups", SIGCOMM 1997): a lookup costs one hash
 * probe per distinct length, allocates nothing and never boxes the address, and real tables
 * use only a handful of lengths.
 *
 * <p>Values must not be null (null is what {@link #lookup(int)} returns for "no route").
 * Not thread-safe; each simulated router owns its table. Iteration works on a snapshot, so the
 * table may be changed while iterating.
 *
 * @param <V> what a prefix maps to, e.g. a next hop or an ECMP group
 */
public final class PrefixTable<V> implements Iterable<PrefixTable.Entry<V>> {

    /** A prefix and its value, as iteration yields them. */
    public record Entry<V>(Prefix prefix, V value) {
        public Entry {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(value, "value");
        }
    }

    private static final int[] MASKS = new int[33];

    static {
        for (int length = 0; length <= 32; length++) {
            MASKS[length] = Ipv4.mask(length);
        }
    }

    @SuppressWarnings("unchecked")
    private final LengthTable<V>[] byLength = (LengthTable<V>[]) new LengthTable<?>[33];
    /** Present lengths, longest first, in the first {@code lengthCount} slots. */
    private final int[] lengths = new int[33];
    private int lengthCount;
    private int size;

    /**
     * Associates {@code value} with exactly {@code prefix}.
     *
     * @return the value previously stored for this prefix, or null
     */
    public V put(Prefix prefix, V value) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(value, "value must not be null: null means 'no route' in lookup");
        int length = prefix.length();
        LengthTable<V> table = byLength[length];
        if (table == null) {
            table = new LengthTable<>();
            byLength[length] = table;
            insertLength(length);
        }
        V previous = table.put(prefix.address(), value);
        if (previous == null) {
            size++;
        }
        return previous;
    }

    /**
     * Removes exactly {@code prefix} (not the prefixes it covers).
     *
     * @return the removed value, or null if the prefix was absent
     */
    public V remove(Prefix prefix) {
        int length = prefix.length();
        LengthTable<V> table = byLength[length];
        if (table == null) {
            return null;
        }
        V previous = table.remove(prefix.address());
        if (previous != null) {
            size--;
            if (table.isEmpty()) {
                byLength[length] = null;
                removeLength(length);
            }
        }
        return previous;
    }

    /** The value stored for exactly {@code prefix}, or null. */
    public V get(Prefix prefix) {
        LengthTable<V> table = byLength[prefix.length()];
        return table == null ? null : table.get(prefix.address());
    }

    /**
     * The value of the longest prefix containing {@code ip}, or null if none does. This is the
     * forwarding hot path: it allocates nothing.
     */
    public V lookup(int ip) {
        for (int i = 0; i < lengthCount; i++) {
            int length = lengths[i];
            V value = byLength[length].get(ip & MASKS[length]);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The longest prefix containing {@code ip}, or null; for tracing and diagnostics. */
    public Prefix longestMatch(int ip) {
        for (int i = 0; i < lengthCount; i++) {
            int length = lengths[i];
            int network = ip & MASKS[length];
            if (byLength[length].get(network) != null) {
                return new Prefix(network, length);
            }
        }
        return null;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Entries in {@link Prefix} order: by address (unsigned), then shorter prefix first. */
    @Override
    public Iterator<Entry<V>> iterator() {
        return entries().iterator();
    }

    /** A sorted snapshot of the entries, in {@link Prefix} order. */
    public List<Entry<V>> entries() {
        List<Entry<V>> out = new ArrayList<>(size);
        for (int i = 0; i < lengthCount; i++) {
            int length = lengths[i];
            byLength[length].collect(length, out);
        }
        out.sort((x, y) -> x.prefix().compareTo(y.prefix()));
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return entries().toString();
    }

    private void insertLength(int length) {
        int i = lengthCount;
        while (i > 0 && lengths[i - 1] < length) {
            lengths[i] = lengths[i - 1];
            i--;
        }
        lengths[i] = length;
        lengthCount++;
    }

    private void removeLength(int length) {
        int i = 0;
        while (lengths[i] != length) {
            i++;
        }
        System.arraycopy(lengths, i + 1, lengths, i, lengthCount - i - 1);
        lengthCount--;
    }

    /**
     * Open addressing with linear probing over {@code int} keys; a null value marks a free
     * slot, and deletion shifts later entries back so probe chains never need tombstones
     * (D. E. Knuth, TAOCP vol. 3, 6.4, Algorithm R).
     */
    private static final class LengthTable<V> {
        private static final int MIN_CAPACITY = 8;
        /** 2^32 / golden ratio: Fibonacci hashing spreads the high bits of masked addresses. */
        private static final int GOLDEN = 0x9E3779B9;

        private int[] keys = new int[MIN_CAPACITY];
        private Object[] values = new Object[MIN_CAPACITY];
        private int shift = 32 - Integer.numberOfTrailingZeros(MIN_CAPACITY);
        private int count;

        boolean isEmpty() {
            return count == 0;
        }

        private int slot(int key) {
            return (key * GOLDEN) >>> shift;
        }

        @SuppressWarnings("unchecked")
        V get(int key) {
            int mask = keys.length - 1;
            for (int i = slot(key); ; i = (i + 1) & mask) {
                Object value = values[i];
                if (value == null) {
                    return null;
                }
                if (keys[i] == key) {
                    return (V) value;
                }
            }
        }

        @SuppressWarnings("unchecked")
        V put(int key, V value) {
            int mask = keys.length - 1;
            int i = slot(key);
            while (values[i] != null) {
                if (keys[i] == key) {
                    V previous = (V) values[i];
                    values[i] = value;
                    return previous;
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
            count++;
            if (count * 4 > keys.length * 3) {
                resize(keys.length * 2);
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        V remove(int key) {
            int mask = keys.length - 1;
            int i = slot(key);
            while (values[i] != null && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (values[i] == null) {
                return null;
            }
            V previous = (V) values[i];
            // Shift back every later entry of the cluster whose home slot lies cyclically
            // at or before the hole, so lookups never stop early at the hole.
            int hole = i;
            for (int j = (hole + 1) & mask; values[j] != null; j = (j + 1) & mask) {
                int home = slot(keys[j]);
                if (((j - home) & mask) >= ((j - hole) & mask)) {
                    keys[hole] = keys[j];
                    values[hole] = values[j];
                    hole = j;
                }
            }
            values[hole] = null;
            count--;
            return previous;
        }

        @SuppressWarnings("unchecked")
        void collect(int length, List<Entry<V>> out) {
            for (int i = 0; i < keys.length; i++) {
                if (values[i] != null) {
                    out.add(new Entry<>(new Prefix(keys[i], length), (V) values[i]));
                }
            }
        }

        private void resize(int capacity) {
            int[] oldKeys = keys;
            Object[] oldValues = values;
            keys = new int[capacity];
            values = new Object[capacity];
            shift = 32 - Integer.numberOfTrailingZeros(capacity);
            int mask = capacity - 1;
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldValues[k] != null) {
                    int i = slot(oldKeys[k]);
                    while (values[i] != null) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[k];
                    values[i] = oldValues[k];
                }
            }
        }
    }
}
