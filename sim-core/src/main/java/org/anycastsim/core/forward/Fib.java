package org.anycastsim.core.forward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.PrefixTable;

/**
 * The forwarding table of one routing node: longest-prefix match from a destination address to
 * an ECMP group of next-hop node ids. BGP installs into it at the instant a best path changes
 * (the data plane sees the change at once).
 */
public final class Fib {
    private final int nodeId;
    private final HashingScheme scheme;
    private final int hashSeed;
    private final PrefixTable<FibEntry> table = new PrefixTable<>();
    /** Operator-set hash weights: next-hop id -> weight, per prefix (ALL: every prefix). */
    private final Map<Prefix, Map<Integer, Integer>> hashWeights = new HashMap<>();
    private static final Prefix ALL = new Prefix(0, 0);

    Fib(int nodeId, HashingScheme scheme, int hashSeed) {
        this.nodeId = nodeId;
        this.scheme = scheme;
        this.hashSeed = hashSeed;
    }

    public int nodeId() {
        return nodeId;
    }

    /** The router's own hash seed: routers hash differently, as real ones do, to avoid polarisation. */
    public int hashSeed() {
        return hashSeed;
    }

    public HashingScheme scheme() {
        return scheme;
    }

    /** The entry of the longest matching prefix, or null. */
    public FibEntry lookup(int address) {
        return table.lookup(address);
    }

    /** The entry for exactly this prefix, or null. */
    public FibEntry entry(Prefix prefix) {
        return table.get(prefix);
    }

    /**
     * Makes the entry for {@code prefix} point at exactly {@code nextHops} (node id and weight),
     * changing the existing group member by member; an empty set removes the entry. Returns
     * whether anything changed.
     */
    boolean install(Prefix prefix, NextHopSet nextHops) {
        FibEntry entry = table.get(prefix);
        if (nextHops.size() == 0) {
            return entry != null && table.remove(prefix) != null;
        }
        if (entry == null) {
            entry = new FibEntry(prefix, scheme);
            table.put(prefix, entry);
        }
        NextHopSet target = NextHopSet.EMPTY;
        for (int i = 0; i < nextHops.size(); i++) {
            int id = nextHops.id(i);
            target = target.with(id, hashWeight(prefix, id, nextHops.weight(i)));
        }
        return entry.group().replace(target);
    }

    /**
     * Sets the share of the hash space a next hop gets, for one prefix or (null) for all: "the hash
     * mapping table can be adjusted to increase or decrease load to any machine in the cluster".
     * The weight stays across route changes until set again. Returns the prefixes whose groups
     * changed now.
     */
    List<Prefix> setHashWeight(Prefix prefix, int nextHopId, int weight) {
        if (weight < 1 || weight > NextHopSet.MAX_WEIGHT) {
            throw new IllegalArgumentException("hash weight must be between 1 and " + NextHopSet.MAX_WEIGHT + ": " + weight);
        }
        hashWeights.computeIfAbsent(prefix == null ? ALL : prefix, p -> new HashMap<>()).put(nextHopId, weight);
        List<Prefix> changed = new ArrayList<>();
        for (PrefixTable.Entry<FibEntry> e : table) {
            NextHopGroup group = e.value().group();
            if ((prefix == null || prefix.equals(e.prefix())) && group.contains(nextHopId)) {
                int w = hashWeight(e.prefix(), nextHopId, 1);
                if (group.weight(nextHopId) != w) {
                    group.setWeight(nextHopId, w);
                    changed.add(e.prefix());
                }
            }
        }
        return changed;
    }

    private int hashWeight(Prefix prefix, int nextHopId, int otherwise) {
        Map<Integer, Integer> forPrefix = hashWeights.get(prefix);
        if (forPrefix != null && forPrefix.containsKey(nextHopId)) {
            return forPrefix.get(nextHopId);
        }
        Map<Integer, Integer> forAll = hashWeights.get(ALL);
        return forAll != null ? forAll.getOrDefault(nextHopId, otherwise) : otherwise;
    }

    public List<FibEntry> entries() {
        List<FibEntry> out = new ArrayList<>();
        for (PrefixTable.Entry<FibEntry> e : table) {
            out.add(e.value());
        }
        return out;
    }

    public int size() {
        return table.size();
    }
}
