package org.anycastsim.core.bgp;

import java.util.Map;
import org.anycastsim.core.bgp.policy.GaoRexford;
import org.anycastsim.core.net.Prefix;

/**
 * How a {@link org.anycastsim.core.net.SessionPlan} becomes running BGP: timers per kind of
 * session, multipath at PoP routers, conditional advertisement, MED handling and Gao-Rexford
 * local preferences.
 *
 * @param ebgp              timers of eBGP sessions
 * @param ibgp              timers of iBGP sessions between routers
 * @param server            timers of a server's session to its PoP router (BIRD)
 * @param decision          decision options of every speaker (maxPaths is overridden at PoP routers)
 * @param popMaxPaths       ECMP width at PoP routers (servers with equal weight share traffic)
 * @param conditional       conditional advertisement at PoP routers, per prefix; prefixes not
 *                          listed use {@code defaultConditional}
 * @param defaultConditional the rule for other service prefixes (null: announce unconditionally)
 * @param gaoRexford        local preferences by relationship (customer > peer > provider)
 */
public record BgpProfile(SessionTimers ebgp, SessionTimers ibgp, SessionTimers server, DecisionOptions decision,
        int popMaxPaths, Map<Prefix, ConditionalAdvertisement> conditional,
        ConditionalAdvertisement defaultConditional, GaoRexfordPrefs gaoRexford) {

    public BgpProfile {
        conditional = Map.copyOf(conditional);
        if (popMaxPaths < 1) {
            throw new IllegalArgumentException("popMaxPaths must be >= 1");
        }
    }

    /**
     * "The routers are configured if they lose sufficient routes to the machines to drop the IPs
     * that correspond to those routes out of the WAN Anycast pool": a PoP router announces a
     * prefix to eBGP neighbours only while it holds at least K routes for it from its servers,
     * K = max(minRoutes, ceil(minFraction x servers in the PoP)).
     */
    public record ConditionalAdvertisement(int minRoutes, double minFraction) {
        public ConditionalAdvertisement {
            if (minRoutes < 1 || minFraction < 0 || minFraction > 1) {
                throw new IllegalArgumentException("conditional advertisement needs minRoutes >= 1 and a fraction in [0, 1]");
            }
        }

        public int k(int popServers) {
            return Math.max(minRoutes, (int) Math.ceil(minFraction * popServers));
        }
    }

    /** Gao-Rexford local preferences. */
    public record GaoRexfordPrefs(int customer, int peer, int provider) {
        GaoRexford forAs(int asn) {
            // A 32-bit ASN does not fit a standard community: tag with AS 65535 (RFC 7300), internal only.
            int tagAs = asn > 0 && asn <= 0xFFFF ? asn : 0xFFFF;
            GaoRexford.Config d = GaoRexford.Config.defaults(tagAs);
            return new GaoRexford(new GaoRexford.Config(customer, peer, provider,
                    d.customerTag(), d.peerTag(), d.providerTag()));
        }
    }

    /**
     * RFC timers on the WAN, BIRD-like server sessions (hold 3 s, keepalive 1 s, BFD 300 ms x 3),
     * 64-way ECMP at PoP routers, and PoPs that stay in the pool while at least one server route
     * is left (raise it per prefix to model the seed's switch failure).
     */
    public static BgpProfile defaults() {
        return new BgpProfile(SessionTimers.ebgpDefaults(), SessionTimers.ibgpDefaults(),
                SessionTimers.serverDefaults().withBfd(300_000_000L, 3), DecisionOptions.DEFAULTS, 64, Map.of(),
                new ConditionalAdvertisement(1, 0.0), new GaoRexfordPrefs(200, 100, 50));
    }

    public BgpProfile withEbgp(SessionTimers t) {
        return new BgpProfile(t, ibgp, server, decision, popMaxPaths, conditional, defaultConditional, gaoRexford);
    }

    public BgpProfile withIbgp(SessionTimers t) {
        return new BgpProfile(ebgp, t, server, decision, popMaxPaths, conditional, defaultConditional, gaoRexford);
    }

    public BgpProfile withServer(SessionTimers t) {
        return new BgpProfile(ebgp, ibgp, t, decision, popMaxPaths, conditional, defaultConditional, gaoRexford);
    }

    public BgpProfile withDecision(DecisionOptions d) {
        return new BgpProfile(ebgp, ibgp, server, d, popMaxPaths, conditional, defaultConditional, gaoRexford);
    }

    public BgpProfile withPopMaxPaths(int n) {
        return new BgpProfile(ebgp, ibgp, server, decision, n, conditional, defaultConditional, gaoRexford);
    }

    public BgpProfile withConditional(Map<Prefix, ConditionalAdvertisement> perPrefix, ConditionalAdvertisement fallback) {
        return new BgpProfile(ebgp, ibgp, server, decision, popMaxPaths, perPrefix, fallback, gaoRexford);
    }
}
