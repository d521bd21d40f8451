package org.anycastsim.core.bgp;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import java.util.Arrays;
import java.util.Objects;
import org.anycastsim.core.net.Ipv4;

/**
 * The path attributes of a route: an immutable value, compared field by field by the decision
 * process, so it holds primitives and int arrays rather than boxed collections.
 *
 * <p>32-bit attributes (LOCAL_PREF, weight, ORIGINATOR_ID, CLUSTER_IDs, NEXT_HOP) are unsigned on
 * the wire and kept in {@code int}s; compare them with {@link Integer#compareUnsigned}. MED is a
 * {@code long} so that "absent" ({@link #MED_MISSING}) is distinct from every value 0..2^32-1:
 * RFC 4271 9.1.2.2 c) gives an absent MED its own treatment (lowest by default, worst with
 * Cisco/FRR {@code bgp bestpath med missing-as-worst}).
 *
 * <p>Instances are shared freely: a withers returns {@code this} when nothing changes, and
 * {@link #intern()} returns a canonical copy for RIBs holding many equal attribute sets (e.g. the
 * servers of a PoP announcing the same prefixes).
 */
public final class PathAttributes {

    /** The MED value standing for "attribute not present". */
    public static final long MED_MISSING = -1L;
    /** The largest MED that fits in the 32-bit attribute. */
    public static final long MED_MAX = 0xFFFF_FFFFL;
    /**
     * LOCAL_PREF assumed when none was set. RFC 4271 leaves the value to policy; 100 is the default
     * of Cisco IOS, FRR and Junos ({@code bgp default local-preference}).
     */
    public static final int DEFAULT_LOCAL_PREF = 100;

    private static final Interner<PathAttributes> INTERNER = Interners.newWeakInterner();
    private static final int[] NO_CLUSTERS = new int[0];

    private final AsPath asPath;
    private final Origin origin;
    private final int nextHop;
    private final int localPref;
    private final long med;
    private final int[] communities;
    private final int originatorId;
    private final int[] clusterList;
    private final int weight;
    /** Lazily cached hash, racy but idempotent like {@link String#hashCode()}. */
    private int hash;

    private PathAttributes(AsPath asPath, Origin origin, int nextHop, int localPref, long med,
            int[] communities, int originatorId, int[] clusterList, int weight) {
        this.asPath = Objects.requireNonNull(asPath, "asPath");
        this.origin = Objects.requireNonNull(origin, "origin");
        if (med != MED_MISSING && (med < 0 || med > MED_MAX)) {
            throw new IllegalArgumentException("MED out of range 0..2^32-1: " + med);
        }
        this.nextHop = nextHop;
        this.localPref = localPref;
        this.med = med;
        this.communities = communities;
        this.originatorId = originatorId;
        this.clusterList = clusterList;
        this.weight = weight;
    }

    /** Attributes with the given path, origin and next hop; LOCAL_PREF 100, no MED, weight 0. */
    public static PathAttributes of(AsPath asPath, Origin origin, int nextHop) {
        return new PathAttributes(asPath, origin, nextHop, DEFAULT_LOCAL_PREF, MED_MISSING,
                Community.NONE, 0, NO_CLUSTERS, 0);
    }

    public AsPath asPath() {
        return asPath;
    }

    public Origin origin() {
        return origin;
    }

    /** NEXT_HOP as an IPv4 address in an int (see {@link Ipv4}). */
    public int nextHop() {
        return nextHop;
    }

    /** LOCAL_PREF, unsigned. */
    public int localPref() {
        return localPref;
    }

    public boolean hasMed() {
        return med != MED_MISSING;
    }

    /** MULTI_EXIT_DISC in 0..2^32-1, or {@link #MED_MISSING}. */
    public long med() {
        return med;
    }

    public int communityCount() {
        return communities.length;
    }

    public boolean hasCommunity(int community) {
        return Community.contains(communities, community);
    }

    /** A copy of the communities, sorted by unsigned value. */
    public int[] communities() {
        return communities.clone();
    }

    public boolean hasOriginatorId() {
        return originatorId != 0;
    }

    /** ORIGINATOR_ID (RFC 4456 8), 0 when absent (a router ID of 0.0.0.0 is not valid). */
    public int originatorId() {
        return originatorId;
    }

    /** The CLUSTER_LIST length compared after the router ID (RFC 4456 9); 0 when absent. */
    public int clusterListLength() {
        return clusterList.length;
    }

    /** Whether {@code clusterId} is in the CLUSTER_LIST: the reflection loop check of RFC 4456 8. */
    public boolean clusterListContains(int clusterId) {
        for (int id : clusterList) {
            if (id == clusterId) {
                return true;
            }
        }
        return false;
    }

    /** A copy of the CLUSTER_LIST, most recent reflector first. */
    public int[] clusterList() {
        return clusterList.clone();
    }

    /**
     * The Cisco/FRR weight: local to the router, never transmitted, compared before LOCAL_PREF;
     * unsigned, default 0.
     */
    public int weight() {
        return weight;
    }

    public PathAttributes withAsPath(AsPath newPath) {
        return newPath.equals(asPath) ? this : new PathAttributes(newPath, origin, nextHop, localPref, med,
                communities, originatorId, clusterList, weight);
    }

    /** The attributes with {@code asn} prepended {@code times} times to the AS_PATH. */
    public PathAttributes prependedBy(int asn, int times) {
        return withAsPath(asPath.prepend(asn, times));
    }

    public PathAttributes withOrigin(Origin newOrigin) {
        return newOrigin == origin ? this : new PathAttributes(asPath, newOrigin, nextHop, localPref, med,
                communities, originatorId, clusterList, weight);
    }

    public PathAttributes withNextHop(int newNextHop) {
        return newNextHop == nextHop ? this : new PathAttributes(asPath, origin, newNextHop, localPref, med,
                communities, originatorId, clusterList, weight);
    }

    public PathAttributes withLocalPref(int newLocalPref) {
        return newLocalPref == localPref ? this : new PathAttributes(asPath, origin, nextHop, newLocalPref, med,
                communities, originatorId, clusterList, weight);
    }

    /** The attributes with MED {@code newMed} (0..2^32-1), or without MED if {@link #MED_MISSING}. */
    public PathAttributes withMed(long newMed) {
        return newMed == med ? this : new PathAttributes(asPath, origin, nextHop, localPref, newMed,
                communities, originatorId, clusterList, weight);
    }

    public PathAttributes withoutMed() {
        return withMed(MED_MISSING);
    }

    public PathAttributes withCommunities(int... newCommunities) {
        int[] normalized = Community.normalize(newCommunities);
        return Arrays.equals(normalized, communities) ? this : new PathAttributes(asPath, origin, nextHop,
                localPref, med, normalized, originatorId, clusterList, weight);
    }

    public PathAttributes withCommunityAdded(int community) {
        int[] added = Community.with(communities, community);
        return added == communities ? this : new PathAttributes(asPath, origin, nextHop, localPref, med,
                added, originatorId, clusterList, weight);
    }

    public PathAttributes withCommunityRemoved(int community) {
        int[] removed = Community.without(communities, community);
        return removed == communities ? this : new PathAttributes(asPath, origin, nextHop, localPref, med,
                removed, originatorId, clusterList, weight);
    }

    /** The attributes with ORIGINATOR_ID {@code id}, or without one if {@code id} is 0. */
    public PathAttributes withOriginatorId(int id) {
        return id == originatorId ? this : new PathAttributes(asPath, origin, nextHop, localPref, med,
                communities, id, clusterList, weight);
    }

    /** The attributes with the given CLUSTER_LIST (most recent reflector first). */
    public PathAttributes withClusterList(int... ids) {
        int[] copy = ids.length == 0 ? NO_CLUSTERS : ids.clone();
        return Arrays.equals(copy, clusterList) ? this : new PathAttributes(asPath, origin, nextHop, localPref,
                med, communities, originatorId, copy, weight);
    }

    /** The attributes with {@code clusterId} prepended to the CLUSTER_LIST, as a reflector does (RFC 4456 8). */
    public PathAttributes withClusterIdPrepended(int clusterId) {
        int[] longer = new int[clusterList.length + 1];
        longer[0] = clusterId;
        System.arraycopy(clusterList, 0, longer, 1, clusterList.length);
        return new PathAttributes(asPath, origin, nextHop, localPref, med, communities, originatorId, longer,
                weight);
    }

    public PathAttributes withWeight(int newWeight) {
        return newWeight == weight ? this : new PathAttributes(asPath, origin, nextHop, localPref, med,
                communities, originatorId, clusterList, newWeight);
    }

    /** A canonical shared instance equal to this one (its AS path interned too). */
    public PathAttributes intern() {
        AsPath sharedPath = asPath.intern();
        PathAttributes candidate = sharedPath == asPath ? this : new PathAttributes(sharedPath, origin, nextHop,
                localPref, med, communities, originatorId, clusterList, weight);
        return INTERNER.intern(candidate);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof PathAttributes other
                && hashCode() == other.hashCode()
                && nextHop == other.nextHop
                && localPref == other.localPref
                && med == other.med
                && weight == other.weight
                && originatorId == other.originatorId
                && origin == other.origin
                && asPath.equals(other.asPath)
                && Arrays.equals(communities, other.communities)
                && Arrays.equals(clusterList, other.clusterList);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = asPath.hashCode();
            h = 31 * h + origin.hashCode();
            h = 31 * h + nextHop;
            h = 31 * h + localPref;
            h = 31 * h + Long.hashCode(med);
            h = 31 * h + Arrays.hashCode(communities);
            h = 31 * h + originatorId;
            h = 31 * h + Arrays.hashCode(clusterList);
            h = 31 * h + weight;
            hash = h;
        }
        return h;
    }

    /** E.g. {@code path [1299 13335] origin i nh 10.0.0.1 lp 100 med 10 comm [65000:100]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(96);
        sb.append("path ").append(asPath).append(" origin ").append(origin.symbol())
                .append(" nh ").append(Ipv4.format(nextHop))
                .append(" lp ").append(Integer.toUnsignedString(localPref));
        if (hasMed()) {
            sb.append(" med ").append(med);
        }
        if (communities.length > 0) {
            sb.append(" comm ").append(Community.formatAll(communities));
        }
        if (hasOriginatorId()) {
            sb.append(" originator ").append(Ipv4.format(originatorId));
        }
        if (clusterList.length > 0) {
            sb.append(" clusters [");
            for (int i = 0; i < clusterList.length; i++) {
                sb.append(i > 0 ? " " : "").append(Ipv4.format(clusterList[i]));
            }
            sb.append(']');
        }
        if (weight != 0) {
            sb.append(" weight ").append(Integer.toUnsignedString(weight));
        }
        return sb.toString();
    }
}
