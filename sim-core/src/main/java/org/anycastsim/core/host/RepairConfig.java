package org.anycastsim.core.host;

import java.util.Objects;
import org.anycastsim.core.kernel.Distribution;

/**
 * How long the networking team takes to bring back a failed switch, router or link. "Monitors
 * both inside and outside the affected data center alert our networking team who monitor the
 * network 24/7 that there has been a switch failure so they can investigate and attempt a
 * reboot."
 *
 * @param switchSeconds repair time of a switch (default uniform 10 to 30 min)
 * @param routerSeconds repair time of a router (default uniform 10 to 30 min)
 * @param linkSeconds   repair time of a cut link (default uniform 30 min to 4 h: a circuit
 *                      needs the carrier)
 * @param automatic     whether failures are repaired at all without an explicit restore action
 *                      (default true)
 */
public record RepairConfig(Distribution switchSeconds, Distribution routerSeconds, Distribution linkSeconds,
        boolean automatic) {

    public static final RepairConfig DEFAULTS = new RepairConfig(new Distribution.Uniform(600, 1800),
            new Distribution.Uniform(600, 1800), new Distribution.Uniform(1800, 14_400), true);

    public RepairConfig {
        Objects.requireNonNull(switchSeconds, "switchSeconds");
        Objects.requireNonNull(routerSeconds, "routerSeconds");
        Objects.requireNonNull(linkSeconds, "linkSeconds");
    }

    public RepairConfig withSwitchSeconds(Distribution v) {
        return new RepairConfig(v, routerSeconds, linkSeconds, automatic);
    }

    public RepairConfig withRouterSeconds(Distribution v) {
        return new RepairConfig(switchSeconds, v, linkSeconds, automatic);
    }

    public RepairConfig withLinkSeconds(Distribution v) {
        return new RepairConfig(switchSeconds, routerSeconds, v, automatic);
    }

    public RepairConfig withAutomatic(boolean v) {
        return new RepairConfig(switchSeconds, routerSeconds, linkSeconds, v);
    }
}
