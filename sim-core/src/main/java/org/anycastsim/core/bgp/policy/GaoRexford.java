package org.anycastsim.core.bgp.policy;

import java.util.ArrayList;
import java.util.List;
import org.anycastsim.core.bgp.Community;
import org.anycastsim.core.bgp.Relationship;

/**
 * The Gao–Rexford policies that make inter-domain routing "valley-free" and stable (Gao and
 * Rexford, "Stable Internet routing without global coordination", IEEE/ACM ToN 2001):
 * <ul>
 *   <li>prefer routes from customers over peers over providers: on import, LOCAL_PREF is set by
 *       the neighbour's relationship, by default 200 / 100 / 50 (100 is the usual default
 *       LOCAL_PREF, so peer routes are "normal", customer routes above and transit below; the
 *       values are configurable, only their order matters);
 *   <li>carry transit only for customers: export to peers and providers only the routes
 *       originated inside the AS (empty AS path before the session prepends the local AS) and
 *       those learned from customers; export everything to customers.
 * </ul>
 * Where a route was learned is recorded in a community ({@code localAsn:1} customer,
 * {@code localAsn:2} peer, {@code localAsn:3} provider by default), as real networks do, so that
 * the export decision also works on a border router that learned the route over iBGP from
 * another one. Import first removes any such tag the neighbour sent (otherwise a peer could
 * claim "customer" and have its routes leaked to other peers); export to eBGP removes them too.
 * Sessions with {@link Relationship#NONE} (iBGP) accept and pass on everything unchanged.
 */
public final class GaoRexford {

    /**
     * @param customerLocalPref LOCAL_PREF for routes learned from customers
     * @param peerLocalPref     LOCAL_PREF for routes learned from peers
     * @param providerLocalPref LOCAL_PREF for routes learned from providers
     * @param customerTag       community marking routes learned from customers
     * @param peerTag           community marking routes learned from peers
     * @param providerTag       community marking routes learned from providers
     */
    public record Config(int customerLocalPref, int peerLocalPref, int providerLocalPref,
            int customerTag, int peerTag, int providerTag) {

        public Config {
            if (!(customerLocalPref > peerLocalPref && peerLocalPref > providerLocalPref && providerLocalPref >= 0)) {
                throw new IllegalArgumentException("need customer > peer > provider >= 0 local preferences");
            }
            if (customerTag == peerTag || peerTag == providerTag || customerTag == providerTag) {
                throw new IllegalArgumentException("the three learned-from tags must differ");
            }
        }

        /**
         * LOCAL_PREF 200 / 100 / 50 and tags {@code localAsn:1}, {@code :2}, {@code :3}. A 32-bit
         * {@code localAsn} does not fit a standard community: pass explicit tags instead.
         */
        public static Config defaults(int localAsn) {
            if (localAsn <= 0 || localAsn > 0xFFFF) {
                throw new IllegalArgumentException("AS " + Integer.toUnsignedString(localAsn)
                        + " does not fit in a standard community; configure the tags explicitly");
            }
            return new Config(200, 100, 50, Community.of(localAsn, 1), Community.of(localAsn, 2),
                    Community.of(localAsn, 3));
        }
    }

    private final Config config;

    public GaoRexford(Config config) {
        this.config = config;
    }

    /** Gao–Rexford with the default values for {@code localAsn} (16-bit). */
    public static GaoRexford forAs(int localAsn) {
        return new GaoRexford(Config.defaults(localAsn));
    }

    public Config config() {
        return config;
    }

    /** The LOCAL_PREF given to routes learned from a neighbour with this relationship. */
    public int localPrefFor(Relationship from) {
        return switch (from) {
            case CUSTOMER -> config.customerLocalPref();
            case PEER -> config.peerLocalPref();
            case PROVIDER -> config.providerLocalPref();
            case NONE -> throw new IllegalArgumentException("no Gao-Rexford preference without a relationship");
        };
    }

    /** The community marking routes learned from a neighbour with this relationship. */
    public int tagFor(Relationship from) {
        return switch (from) {
            case CUSTOMER -> config.customerTag();
            case PEER -> config.peerTag();
            case PROVIDER -> config.providerTag();
            case NONE -> throw new IllegalArgumentException("no Gao-Rexford tag without a relationship");
        };
    }

    /** The import policy for a neighbour that is our {@code from}. */
    public Policy importPolicy(Relationship from) {
        if (from == Relationship.NONE) {
            return Policy.ACCEPT_ALL;
        }
        List<Action> actions = new ArrayList<>(stripTags());
        actions.add(new Action.SetLocalPref(localPrefFor(from)));
        actions.add(new Action.AddCommunity(tagFor(from)));
        String name = "gao-rexford-import-" + from.name().toLowerCase();
        return new Policy(name, List.of(new Rule("from-" + from.name().toLowerCase(), Match.always(), actions,
                Verdict.ACCEPT)), Verdict.REJECT);
    }

    /** The export policy for a neighbour that is our {@code to}. */
    public Policy exportPolicy(Relationship to) {
        String name = "gao-rexford-export-" + to.name().toLowerCase();
        List<Action> strip = stripTags();
        return switch (to) {
            case NONE -> Policy.ACCEPT_ALL;
            case CUSTOMER -> new Policy(name, List.of(new Rule("everything-to-customers", Match.always(), strip,
                    Verdict.ACCEPT)), Verdict.REJECT);
            case PEER, PROVIDER -> new Policy(name, List.of(
                    new Rule("own-routes", Match.asPathLength(Comparison.EQ, 0), strip, Verdict.ACCEPT),
                    new Rule("customer-routes", new Match.HasCommunity(config.customerTag()), strip,
                            Verdict.ACCEPT)), Verdict.REJECT);
        };
    }

    private List<Action> stripTags() {
        return List.of(new Action.RemoveCommunity(config.customerTag()), new Action.RemoveCommunity(config.peerTag()),
                new Action.RemoveCommunity(config.providerTag()));
    }
}
