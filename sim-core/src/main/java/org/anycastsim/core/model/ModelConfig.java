package org.anycastsim.core.model;

import java.util.Objects;
import org.anycastsim.core.bgp.BgpProfile;
import org.anycastsim.core.forward.HashThreshold;
import org.anycastsim.core.forward.HashingScheme;
import org.anycastsim.core.geo.PropagationModel;
import org.anycastsim.core.host.HostConfig;
import org.anycastsim.core.kernel.SimTime;

/**
 * Everything that shapes one run besides the topology: BGP, hosts, hashing, delays, and the
 * convergence guard.
 *
 * @param bgp                 timers, multipath, conditional advertisement, policies
 * @param hosts               servers, monitors, control servers, repairs
 * @param popHashing          the ECMP hashing scheme of PoP routers (the seed's LAN anycast)
 * @param wanHashing          the hashing scheme of every other routing node
 * @param propagation         path inflation, fibre speed, per-hop processing delay
 * @param bgpProcessingNanos  a speaker's processing time per message
 * @param maxUpdatesPerEvent  UPDATEs one event may cause before the run is declared divergent
 * @param maxSettleNanos      simulated time after an event during which routes may still change
 */
public record ModelConfig(BgpProfile bgp, HostConfig hosts, HashingScheme popHashing, HashingScheme wanHashing,
        PropagationModel propagation, long bgpProcessingNanos, long maxUpdatesPerEvent, long maxSettleNanos) {

    public ModelConfig {
        Objects.requireNonNull(bgp, "bgp");
        Objects.requireNonNull(hosts, "hosts");
        Objects.requireNonNull(popHashing, "popHashing");
        Objects.requireNonNull(wanHashing, "wanHashing");
        Objects.requireNonNull(propagation, "propagation");
    }

    /** Hash-threshold (RFC 2992) everywhere, as 2013 routers did by default; default BGP and host settings. */
    public static ModelConfig defaults() {
        return new ModelConfig(BgpProfile.defaults(), HostConfig.DEFAULTS, new HashThreshold(), new HashThreshold(),
                PropagationModel.DEFAULT, SimTime.micros(100), 2_000_000, SimTime.seconds(3600));
    }

    public ModelConfig withBgp(BgpProfile profile) {
        return new ModelConfig(profile, hosts, popHashing, wanHashing, propagation, bgpProcessingNanos,
                maxUpdatesPerEvent, maxSettleNanos);
    }

    public ModelConfig withHosts(HostConfig config) {
        return new ModelConfig(bgp, config, popHashing, wanHashing, propagation, bgpProcessingNanos,
                maxUpdatesPerEvent, maxSettleNanos);
    }

    public ModelConfig withPopHashing(HashingScheme scheme) {
        return new ModelConfig(bgp, hosts, scheme, wanHashing, propagation, bgpProcessingNanos,
                maxUpdatesPerEvent, maxSettleNanos);
    }

    public ModelConfig withPropagation(PropagationModel model) {
        return new ModelConfig(bgp, hosts, popHashing, wanHashing, model, bgpProcessingNanos,
                maxUpdatesPerEvent, maxSettleNanos);
    }
}
