package org.anycastsim.scenarios.importer;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Set;

/**
 * An AS-level graph with business relationships, as inferred by CAIDA (M. Luckie et al.,
 * "AS Relationships, Customer Cones, and Validation", IMC 2013), with the indexes a BGP
 * scenario builder needs: who an AS buys transit from, sells it to, and peers with.
 *
 * <p>The {@linkplain #clique() clique} is CAIDA's inferred set of transit-free ASes at the top
 * of the hierarchy (the Tier-1s), empty when the file has no {@code # inferred clique:} line.
 */
public final class AsRelationships {

    private final List<AsLink> links;
    private final Set<Long> clique;
    private final ImmutableSortedSet<Long> ases;
    private final ImmutableSetMultimap<Long, Long> providers;
    private final ImmutableSetMultimap<Long, Long> customers;
    private final ImmutableSetMultimap<Long, Long> peers;

    /**
     * @param links  the links, each pair of ASes at most once
     * @param clique the inferred clique in file order, possibly empty
     */
    public AsRelationships(List<AsLink> links, Set<Long> clique) {
        this.links = List.copyOf(links);
        this.clique = ImmutableSet.copyOf(clique);
        ImmutableSortedSet.Builder<Long> allAses = ImmutableSortedSet.naturalOrder();
        ImmutableSetMultimap.Builder<Long, Long> providersOf = ImmutableSetMultimap.builder();
        ImmutableSetMultimap.Builder<Long, Long> customersOf = ImmutableSetMultimap.builder();
        ImmutableSetMultimap.Builder<Long, Long> peersOf = ImmutableSetMultimap.builder();
        for (AsLink link : this.links) {
            allAses.add(link.as1(), link.as2());
            switch (link.relationship()) {
                case PROVIDER_TO_CUSTOMER -> {
                    customersOf.put(link.as1(), link.as2());
                    providersOf.put(link.as2(), link.as1());
                }
                case PEER_TO_PEER -> {
                    peersOf.put(link.as1(), link.as2());
                    peersOf.put(link.as2(), link.as1());
                }
            }
        }
        this.ases = allAses.build();
        this.providers = providersOf.build();
        this.customers = customersOf.build();
        this.peers = peersOf.build();
    }

    /** All links in file order. */
    public List<AsLink> links() {
        return links;
    }

    /** Every AS on at least one link, in ascending order. */
    public Set<Long> ases() {
        return ases;
    }

    /** The ASes {@code asn} buys transit from; empty for an unknown AS. */
    public Set<Long> providersOf(long asn) {
        return providers.get(asn);
    }

    /** The ASes that buy transit from {@code asn}. */
    public Set<Long> customersOf(long asn) {
        return customers.get(asn);
    }

    /** The settlement-free peers of {@code asn}. */
    public Set<Long> peersOf(long asn) {
        return peers.get(asn);
    }

    /** CAIDA's inferred clique (Tier-1 ASes), in file order; empty if the file has none. */
    public Set<Long> clique() {
        return clique;
    }
}
