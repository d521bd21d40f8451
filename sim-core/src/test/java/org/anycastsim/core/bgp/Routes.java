package org.anycastsim.core.bgp;

import java.util.HashMap;
import java.util.Map;
import org.anycastsim.core.net.Ipv4;
import org.anycastsim.core.net.Prefix;

/** Test fixtures: terse builders for candidate routes of one prefix, as seen by a router in AS 13335. */
final class Routes {

    static final Prefix PREFIX = Prefix.parse("198.41.214.0/24");
    static final int LOCAL_AS = 13335;

    private Routes() {}

    /** An iBGP route from {@code peer} (router ID = peer address = next hop), empty AS path, origin IGP. */
    static Builder from(String peer) {
        return new Builder(Ipv4.parse(peer));
    }

    /** IGP costs by next hop, pairs of (address, cost); unlisted next hops cost 0. */
    static IgpCost igp(Object... addressCostPairs) {
        Map<Integer, Long> costs = new HashMap<>();
        for (int i = 0; i < addressCostPairs.length; i += 2) {
            costs.put(Ipv4.parse((String) addressCostPairs[i]), ((Number) addressCostPairs[i + 1]).longValue());
        }
        return nextHop -> costs.getOrDefault(nextHop, 0L);
    }

    static final class Builder {
        private final int peer;
        private SourceType type = SourceType.IBGP;
        private int peerAsn = LOCAL_AS;
        private int routerId;
        private Relationship relationship = Relationship.NONE;
        private PathAttributes attributes;

        private Builder(int peer) {
            this.peer = peer;
            this.routerId = peer;
            this.attributes = PathAttributes.of(AsPath.EMPTY, Origin.IGP, peer);
        }

        Builder ebgp(int asn) {
            type = SourceType.EBGP;
            peerAsn = asn;
            relationship = Relationship.PEER;
            return this;
        }

        Builder local() {
            type = SourceType.LOCAL;
            return this;
        }

        Builder path(String asns) {
            attributes = attributes.withAsPath(AsPath.parse(asns));
            return this;
        }

        Builder med(long med) {
            attributes = attributes.withMed(med);
            return this;
        }

        Builder localPref(int localPref) {
            attributes = attributes.withLocalPref(localPref);
            return this;
        }

        Builder weight(int weight) {
            attributes = attributes.withWeight(weight);
            return this;
        }

        Builder origin(Origin origin) {
            attributes = attributes.withOrigin(origin);
            return this;
        }

        Builder nextHop(String address) {
            attributes = attributes.withNextHop(Ipv4.parse(address));
            return this;
        }

        Builder routerId(String id) {
            routerId = Ipv4.parse(id);
            return this;
        }

        Builder originator(String id) {
            attributes = attributes.withOriginatorId(Ipv4.parse(id));
            return this;
        }

        Builder clusters(String... ids) {
            int[] list = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                list[i] = Ipv4.parse(ids[i]);
            }
            attributes = attributes.withClusterList(list);
            return this;
        }

        Route build() {
            RouteSource source = switch (type) {
                case EBGP -> RouteSource.ebgp(peerAsn, routerId, peer, relationship);
                case IBGP -> RouteSource.ibgp(peerAsn, routerId, peer, false);
                case LOCAL -> RouteSource.local(LOCAL_AS, routerId);
            };
            return new Route(PREFIX, attributes, source);
        }
    }
}
