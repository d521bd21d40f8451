package org.anycastsim.core.bgp.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.anycastsim.core.bgp.AsPath;
import org.anycastsim.core.bgp.Community;
import org.anycastsim.core.bgp.Relationship;
import org.anycastsim.core.bgp.Route;
import org.anycastsim.core.net.Ipv4;
import org.anycastsim.core.net.Prefix;

/**
 * A condition on a route. "Neighbour" always means the peer the route was learned from (its
 * {@link org.anycastsim.core.bgp.RouteSource}), in import and export policies alike; the peer a
 * route is exported to is implied by the policy being that neighbour's.
 */
public sealed interface Match {

    boolean test(Route route);

    static Match always() {
        return Always.INSTANCE;
    }

    static Match prefix(String prefix) {
        return new PrefixIs(Prefix.parse(prefix));
    }

    static Match prefixList(PrefixList list) {
        return new InPrefixList(list);
    }

    static Match community(String community) {
        return new HasCommunity(Community.parse(community));
    }

    static Match asPathContains(int asn) {
        return new AsPathContains(asn);
    }

    static Match asPathLength(Comparison comparison, int length) {
        return new AsPathLength(comparison, length);
    }

    static Match neighbourAsn(int asn) {
        return new NeighbourAsn(asn);
    }

    static Match neighbourAddress(String address) {
        return new NeighbourAddress(Ipv4.parse(address));
    }

    static Match learnedFrom(Relationship relationship) {
        return new LearnedFrom(relationship);
    }

    static Match allOf(Match... matches) {
        return new AllOf(Arrays.asList(matches));
    }

    static Match anyOf(Match... matches) {
        return new AnyOf(Arrays.asList(matches));
    }

    static Match not(Match match) {
        return new Not(match);
    }

    /** Every route. */
    enum Always implements Match {
        INSTANCE;

        @Override
        public boolean test(Route route) {
            return true;
        }
    }

    /** Exactly this prefix (address and length). */
    record PrefixIs(Prefix prefix) implements Match {
        public PrefixIs {
            Objects.requireNonNull(prefix, "prefix");
        }

        @Override
        public boolean test(Route route) {
            return route.prefix().equals(prefix);
        }
    }

    /** The prefix is permitted by the list. */
    record InPrefixList(PrefixList list) implements Match {
        public InPrefixList {
            Objects.requireNonNull(list, "list");
        }

        @Override
        public boolean test(Route route) {
            return list.permits(route.prefix());
        }
    }

    /** The route carries this standard community. */
    record HasCommunity(int community) implements Match {
        @Override
        public boolean test(Route route) {
            return route.attributes().hasCommunity(community);
        }

        @Override
        public String toString() {
            return "HasCommunity[" + Community.format(community) + "]";
        }
    }

    /** The AS path contains this ASN anywhere. */
    record AsPathContains(int asn) implements Match {
        @Override
        public boolean test(Route route) {
            return route.attributes().asPath().contains(asn);
        }

        @Override
        public String toString() {
            return "AsPathContains[" + AsPath.formatAsn(asn) + "]";
        }
    }

    /** The AS path length compared with a bound, e.g. {@code length == 0} for routes from inside the AS. */
    record AsPathLength(Comparison comparison, int length) implements Match {
        public AsPathLength {
            Objects.requireNonNull(comparison, "comparison");
        }

        @Override
        public boolean test(Route route) {
            return comparison.test(route.attributes().asPath().length(), length);
        }
    }

    /** The route was learned from a peer with this ASN (the local ASN for iBGP peers). */
    record NeighbourAsn(int asn) implements Match {
        @Override
        public boolean test(Route route) {
            return route.source().peerAsn() == asn;
        }

        @Override
        public String toString() {
            return "NeighbourAsn[" + AsPath.formatAsn(asn) + "]";
        }
    }

    /** The route was learned from the peer at this session address. */
    record NeighbourAddress(int address) implements Match {
        @Override
        public boolean test(Route route) {
            return !route.source().isLocal() && route.source().peerAddress() == address;
        }

        @Override
        public String toString() {
            return "NeighbourAddress[" + Ipv4.format(address) + "]";
        }
    }

    /** The route was learned over eBGP from a neighbour with this business relationship. */
    record LearnedFrom(Relationship relationship) implements Match {
        public LearnedFrom {
            Objects.requireNonNull(relationship, "relationship");
        }

        @Override
        public boolean test(Route route) {
            return route.source().relationship() == relationship;
        }
    }

    /** Every one of the matches holds (true when empty). */
    record AllOf(List<Match> matches) implements Match {
        public AllOf {
            matches = List.copyOf(matches);
        }

        @Override
        public boolean test(Route route) {
            for (Match m : matches) {
                if (!m.test(route)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** At least one of the matches holds (false when empty). */
    record AnyOf(List<Match> matches) implements Match {
        public AnyOf {
            matches = List.copyOf(matches);
        }

        @Override
        public boolean test(Route route) {
            for (Match m : matches) {
                if (m.test(route)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The match does not hold. */
    record Not(Match match) implements Match {
        public Not {
            Objects.requireNonNull(match, "match");
        }

        @Override
        public boolean test(Route route) {
            return !match.test(route);
        }
    }
}
