package org.anycastsim.scenarios.world;

/**
 * Capacities and fixed delays of the links a world builder creates. WAN delays come from
 * geography ({@link org.anycastsim.core.geo.PropagationModel}); the LAN delays here are fixed,
 * since a PoP's cables are metres long: what they stand for is switching and serialisation.
 *
 * @param routerSwitchBps        PoP router to switch (40 Gbit/s: 4 x 10G or one 40G port, 2013 kit)
 * @param routerSwitchDelayNanos one-way delay router to switch
 * @param switchServerBps        switch to server (10 Gbit/s NICs)
 * @param switchServerDelayNanos one-way delay switch to server
 * @param managementBps          the control server's management link to the router (1 Gbit/s)
 * @param managementDelayNanos   one-way delay of the management link
 * @param backboneBps            a transit network's own backbone links
 * @param interconnectBps        links between two transit networks
 * @param popUplinkBps           a PoP router's port to a transit provider or to a transit peer
 * @param peeringBps             a PoP router's port to an eyeball network that peers with it
 * @param eyeballUplinkBps       an eyeball network's link to its transit upstream
 * @param minWanDelayNanos       floor of a WAN link's delay: two routers in the same metro are
 *                               joined by a cross-connect, not by zero kilometres of fibre
 */
public record LinkSettings(long routerSwitchBps, long routerSwitchDelayNanos, long switchServerBps,
        long switchServerDelayNanos, long managementBps, long managementDelayNanos, long backboneBps,
        long interconnectBps, long popUplinkBps, long peeringBps, long eyeballUplinkBps, long minWanDelayNanos) {

    private static final long GBPS = 1_000_000_000L;

    /** 40G router-switch, 10G switch-server, 1G management, 100G WAN, 10G PoP ports; LAN 2/1/2 us; 10 us floor. */
    public static final LinkSettings DEFAULT = new LinkSettings(40 * GBPS, 2_000, 10 * GBPS, 1_000, GBPS, 2_000,
            100 * GBPS, 100 * GBPS, 10 * GBPS, 10 * GBPS, 100 * GBPS, 10_000);

    public LinkSettings {
        positive("routerSwitchBps", routerSwitchBps);
        positive("switchServerBps", switchServerBps);
        positive("managementBps", managementBps);
        positive("backboneBps", backboneBps);
        positive("interconnectBps", interconnectBps);
        positive("popUplinkBps", popUplinkBps);
        positive("peeringBps", peeringBps);
        positive("eyeballUplinkBps", eyeballUplinkBps);
        notNegative("routerSwitchDelayNanos", routerSwitchDelayNanos);
        notNegative("switchServerDelayNanos", switchServerDelayNanos);
        notNegative("managementDelayNanos", managementDelayNanos);
        notNegative("minWanDelayNanos", minWanDelayNanos);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void notNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
