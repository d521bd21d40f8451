package org.anycastsim.core.bgp.policy;

import org.anycastsim.core.bgp.AsPath;
import org.anycastsim.core.bgp.Community;
import org.anycastsim.core.bgp.PathAttributes;

/**
 * A change a policy rule makes to a route's attributes. Session-level rewrites (next-hop-self,
 * prepending the local AS on eBGP, dropping LOCAL_PREF towards eBGP peers) belong to the session,
 * which applies them after the export policy.
 */
public sealed interface Action {

    PathAttributes apply(PathAttributes attributes);

    static Action setLocalPref(int localPref) {
        return new SetLocalPref(localPref);
    }

    static Action setMed(long med) {
        return new SetMed(med);
    }

    static Action removeMed() {
        return new SetMed(PathAttributes.MED_MISSING);
    }

    static Action setWeight(int weight) {
        return new SetWeight(weight);
    }

    static Action prepend(int asn, int times) {
        return new Prepend(asn, times);
    }

    static Action addCommunity(String community) {
        return new AddCommunity(Community.parse(community));
    }

    static Action removeCommunity(String community) {
        return new RemoveCommunity(Community.parse(community));
    }

    record SetLocalPref(int localPref) implements Action {
        @Override
        public PathAttributes apply(PathAttributes attributes) {
            return attributes.withLocalPref(localPref);
        }
    }

    /** Sets MED to 0..2^32-1, or removes it with {@link PathAttributes#MED_MISSING}. */
    record SetMed(long med) implements Action {
        public SetMed {
            if (med != PathAttributes.MED_MISSING && (med < 0 || med > PathAttributes.MED_MAX)) {
                throw new IllegalArgumentException("MED out of range 0..2^32-1: " + med);
            }
        }

        @Override
        public PathAttributes apply(PathAttributes attributes) {
            return attributes.withMed(med);
        }
    }

    record SetWeight(int weight) implements Action {
        @Override
        public PathAttributes apply(PathAttributes attributes) {
            return attributes.withWeight(weight);
        }
    }

    /**
     * Prepends {@code asn} {@code times} times, normally the local AS, to make the path look
     * longer to the neighbour (on export) or to this router (on import).
     */
    record Prepend(int asn, int times) implements Action {
        public Prepend {
            if (asn == 0 || times < 1) {
                throw new IllegalArgumentException("prepend needs a non-zero ASN and times >= 1");
            }
        }

        @Override
        public PathAttributes apply(PathAttributes attributes) {
            return attributes.prependedBy(asn, times);
        }

        @Override
        public String toString() {
            return "Prepend[" + AsPath.formatAsn(asn) + " x" + times + "]";
        }
    }

    record AddCommunity(int community) implements Action {
        @Override
        public PathAttributes apply(PathAttributes attributes) {
            return attributes.withCommunityAdded(community);
        }

        @Override
        public String toString() {
            return "AddCommunity[" + Community.format(community) + "]";
        }
    }

    record RemoveCommunity(int community) implements Action {
        @Override
        public PathAttributes apply(PathAttributes attributes) {
            return attributes.withCommunityRemoved(community);
        }

        @Override
        public String toString() {
            return "RemoveCommunity[" + Community.format(community) + "]";
        }
    }
}
