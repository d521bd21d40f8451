package org.anycastsim.core.forward;

import java.util.ArrayList;
import java.util.List;
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
        NextHopGroup group = entry.group();
        long before = group.version();
        NextHopSet current = group.nextHops();
        for (int i = 0; i < current.size(); i++) {
            if (!nextHops.contains(current.id(i))) {
                group.remove(current.id(i));
            }
        }
        for (int i = 0; i < nextHops.size(); i++) {
            int id = nextHops.id(i);
            if (!group.contains(id)) {
                group.add(id, nextHops.weight(i));
            } else if (group.weight(id) != nextHops.weight(i)) {
                group.setWeight(id, nextHops.weight(i));
            }
        }
        return group.version() != before;
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
