package org.anycastsim.scenarios.scenario.validate;

import org.anycastsim.scenarios.scenario.hosts.ControlServerSpec;
import org.anycastsim.scenarios.scenario.hosts.HostsSpec;
import org.anycastsim.scenarios.scenario.hosts.MonitorSpec;

/** Checks the hosts section: capacities per known service, weights of known servers, monitor and control-server settings. */
final class HostsCheck {

    private HostsCheck() {}

    static void check(Report r, HostsSpec h) {
        h.capacityRps().forEach((service, rate) -> {
            String field = "capacity." + service;
            if (!r.names().known() || r.member(h.where(), field, service, r.names().services().keySet(), "service")) {
                r.positive(h.where(), field, rate, "a server's capacity for " + service);
            }
        });
        h.weights().forEach((server, weight) -> {
            String field = "weights." + server;
            r.node(h.where(), field, server, NetworkNames.SERVER);
            r.between(h.where(), field, weight, 0, BgpCheck.MAX_MED);
        });
        monitor(r, h.monitor());
        controlServer(r, h.controlServer());
    }

    private static void monitor(Report r, MonitorSpec m) {
        m.interval().ifPresent(i -> r.positiveDuration(m.where(), "interval", i));
        m.failuresToWithdraw().ifPresent(n -> r.atLeast(m.where(), "failuresToWithdraw", n, 1));
        m.passesToAnnounce().ifPresent(n -> r.atLeast(m.where(), "passesToAnnounce", n, 1));
        m.highWater().ifPresent(x -> r.fraction(m.where(), "highWater", x));
        m.lowWater().ifPresent(x -> r.fraction(m.where(), "lowWater", x));
        if (m.highWater().isPresent() && m.lowWater().isPresent()
                && m.lowWater().getAsDouble() >= m.highWater().getAsDouble()) {
            r.error(m.where(), "lowWater", "the low-water mark must be below the high-water mark ("
                    + m.highWater().getAsDouble() + "), or a server would flap between shedding and taking load");
        }
    }

    private static void controlServer(Report r, ControlServerSpec c) {
        c.probeInterval().ifPresent(i -> r.positiveDuration(c.where(), "probeInterval", i));
        c.probeTimeout().ifPresent(i -> r.positiveDuration(c.where(), "probeTimeout", i));
        c.ipmiSuccess().ifPresent(x -> r.fraction(c.where(), "ipmiSuccess", x));
    }
}
