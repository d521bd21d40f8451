package org.anycastsim.core.bgp;

import java.util.Map;
import org.anycastsim.core.net.Prefix;

/**
 * Per-speaker settings.
 *
 * @param decision                  decision-process options (multipath, MED handling)
 * @param clusterId                 route-reflector cluster id (RFC 4456), 0 when the speaker reflects nothing
 * @param nextHopSelf               rewrite NEXT_HOP to itself when passing eBGP routes to iBGP peers
 * @param conditionalAdvertisement  prefix (as text) -> minimum number of routes from the PoP's servers
 *                                  needed to announce it to eBGP neighbours (the seed's "if they lose
 *                                  sufficient routes to the machines ... drop the IPs ... out of the WAN
 *                                  Anycast pool"); empty = unconditional
 */
public record SpeakerConfig(DecisionOptions decision, int clusterId, boolean nextHopSelf,
        Map<Prefix, Integer> conditionalAdvertisement) {

    public SpeakerConfig {
        conditionalAdvertisement = Map.copyOf(conditionalAdvertisement);
        conditionalAdvertisement.values().forEach(k -> {
            if (k < 1) {
                throw new IllegalArgumentException("conditional advertisement needs K >= 1");
            }
        });
    }

    /** Single best path, no reflection, next-hop-self on. */
    public static SpeakerConfig defaults() {
        return new SpeakerConfig(DecisionOptions.DEFAULTS, 0, true, Map.of());
    }

    public SpeakerConfig withDecision(DecisionOptions options) {
        return new SpeakerConfig(options, clusterId, nextHopSelf, conditionalAdvertisement);
    }

    public SpeakerConfig withClusterId(int id) {
        return new SpeakerConfig(decision, id, nextHopSelf, conditionalAdvertisement);
    }

    public SpeakerConfig withConditionalAdvertisement(Map<Prefix, Integer> minServerRoutes) {
        return new SpeakerConfig(decision, clusterId, nextHopSelf, minServerRoutes);
    }

    public boolean isRouteReflector() {
        return clusterId != 0;
    }
}
