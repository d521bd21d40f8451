package org.anycastsim.scenarios.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anycastsim.core.bgp.BgpProfile;
import org.anycastsim.core.bgp.DecisionOptions;
import org.anycastsim.core.bgp.SessionTimers;
import org.anycastsim.core.forward.HashThreshold;
import org.anycastsim.core.forward.HashingScheme;
import org.anycastsim.core.forward.Maglev;
import org.anycastsim.core.forward.ModuloN;
import org.anycastsim.core.forward.ResilientBuckets;
import org.anycastsim.core.host.ControlConfig;
import org.anycastsim.core.host.HostConfig;
import org.anycastsim.core.host.MonitorConfig;
import org.anycastsim.core.host.RepairConfig;
import org.anycastsim.core.host.ServerOverrides;
import org.anycastsim.core.host.ServiceSpec;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.model.ModelConfig;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Topology;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.bgp.BgpSpec;
import org.anycastsim.scenarios.scenario.bgp.ConditionalSpec;
import org.anycastsim.scenarios.scenario.bgp.DecisionSpec;
import org.anycastsim.scenarios.scenario.bgp.TimerSpec;
import org.anycastsim.scenarios.scenario.hosts.ControlServerSpec;
import org.anycastsim.scenarios.scenario.hosts.HostsSpec;
import org.anycastsim.scenarios.scenario.hosts.MonitorSpec;
import org.anycastsim.scenarios.scenario.topology.BuiltinTopology;
import org.anycastsim.scenarios.scenario.topology.HashingKind;

/** Turns a scenario's bgp, hosts and hashing settings into the model's configuration records. */
final class ModelConfigs {
    private ModelConfigs() {}

    static ModelConfig of(Scenario scenario, Topology topology, Map<String, java.util.Set<String>> servicesByServer) {
        ModelConfig base = ModelConfig.defaults();
        HostConfig hosts = hosts(scenario.hosts(), topology);
        for (Server s : topology.nodesOf(Server.class)) {
            if (!servicesByServer.isEmpty()) {
                // Explicit networks: a server runs the services of the prefixes that name it as an origin.
                ServerOverrides o = hosts.servers().getOrDefault(s.name(), ServerOverrides.NONE);
                hosts = hosts.withServer(s.name(), o.withServices(servicesByServer.getOrDefault(s.name(), java.util.Set.of())));
            }
        }
        ModelConfig config = base.withBgp(bgp(scenario.bgp(), base.bgp())).withHosts(hosts);
        if (scenario.topology() instanceof BuiltinTopology b && b.overrides().hashing().isPresent()) {
            config = config.withPopHashing(scheme(b.overrides().hashing().get()));
        }
        return config;
    }

    static HashingScheme scheme(HashingKind kind) {
        return switch (kind) {
            case MODULO -> new ModuloN();
            case HASH_THRESHOLD -> new HashThreshold();
            case RESILIENT -> new ResilientBuckets();
            case MAGLEV -> new Maglev();
        };
    }

    static BgpProfile bgp(BgpSpec spec, BgpProfile base) {
        boolean rateLimit = spec.rateLimitWithdrawals().orElse(false);
        BgpProfile p = base.withEbgp(timers(spec.ebgp(), base.ebgp()).withRateLimitedWithdrawals(rateLimit))
                .withIbgp(timers(spec.ibgp(), base.ibgp()).withRateLimitedWithdrawals(rateLimit))
                .withServer(timers(spec.server(), base.server()).withRateLimitedWithdrawals(rateLimit))
                .withDecision(decision(spec.decision(), base.decision()));
        if (spec.popMaxPaths().isPresent()) {
            p = p.withPopMaxPaths(spec.popMaxPaths().getAsInt());
        }
        Map<Prefix, BgpProfile.ConditionalAdvertisement> perPrefix = new HashMap<>();
        spec.conditional().forEach((prefix, c) -> perPrefix.put(prefix, conditional(c)));
        BgpProfile.ConditionalAdvertisement fallback = spec.conditionalDefault().map(ModelConfigs::conditional)
                .orElse(base.defaultConditional());
        return p.withConditional(perPrefix, fallback);
    }

    static SessionTimers timers(TimerSpec spec, SessionTimers base) {
        SessionTimers t = base;
        long hold = spec.hold().orElse(t.holdNanos());
        long keepalive = spec.keepalive().orElse(spec.hold().isPresent() && spec.keepalive().isEmpty()
                ? hold / 3 : t.keepaliveNanos());
        t = t.withHold(hold, keepalive);
        if (spec.connectRetry().isPresent()) {
            t = t.withConnectRetry(spec.connectRetry().getAsLong());
        }
        if (spec.mrai().isPresent()) {
            t = t.withMrai(spec.mrai().getAsLong());
        }
        if (spec.bfd().isPresent()) {
            var bfd = spec.bfd().get();
            t = bfd.enabled()
                    ? t.withBfd(bfd.interval().orElse(t.bfd() ? t.bfdIntervalNanos() : SimTime.millis(300)),
                            bfd.multiplier().orElse(t.bfd() ? t.bfdMultiplier() : 3))
                    : t.withBfd(0, t.bfdMultiplier());
        }
        return t;
    }

    private static DecisionOptions decision(DecisionSpec spec, DecisionOptions base) {
        DecisionOptions d = base;
        d = d.withAlwaysCompareMed(spec.alwaysCompareMed().orElse(d.alwaysCompareMed()));
        d = d.withDeterministicMed(spec.deterministicMed().orElse(d.deterministicMed()));
        d = d.withMissingMedAsWorst(spec.missingMedAsWorst().orElse(d.missingMedAsWorst()));
        d = d.withMultipathRelax(spec.multipathRelax().orElse(d.multipathRelax()));
        if (spec.maxPaths().isPresent()) {
            d = d.withMaxPaths(spec.maxPaths().getAsInt());
        }
        return d;
    }

    private static BgpProfile.ConditionalAdvertisement conditional(ConditionalSpec c) {
        return new BgpProfile.ConditionalAdvertisement(c.minRoutes().orElse(1), c.minFraction().orElse(0.0));
    }

    static HostConfig hosts(HostsSpec spec, Topology topology) {
        HostConfig h = HostConfig.DEFAULTS;
        List<ServiceSpec> services = new ArrayList<>();
        for (ServiceSpec s : h.services()) {
            Double cap = spec.capacityRps().get(s.name());
            services.add(cap == null ? s : s.withCapacityRps(cap));
        }
        // Services of the topology that the host defaults do not know (explicit networks may name their own).
        for (String name : topology.servicePrefixes().keySet()) {
            if (services.stream().noneMatch(s -> s.name().equals(name))) {
                services.add(ServiceSpec.of(name, spec.capacityRps().getOrDefault(name, 20_000.0), 8));
            }
        }
        h = h.withServices(services).withMonitor(monitor(spec.monitor(), h.monitor()))
                .withControl(control(spec.controlServer(), h.control()));
        RepairConfig repairs = h.repairs();
        if (spec.repair().switchRepair().isPresent()) {
            repairs = repairs.withSwitchSeconds(spec.repair().switchRepair().get());
        }
        if (spec.repair().routerRepair().isPresent()) {
            repairs = repairs.withRouterSeconds(spec.repair().routerRepair().get());
        }
        h = h.withRepairs(repairs);
        for (Map.Entry<String, Long> w : spec.weights().entrySet()) {
            if (topology.node(w.getKey()) instanceof Server) {
                Map<Prefix, Long> weights = new HashMap<>();
                topology.allServicePrefixes().forEach(p -> weights.put(p, w.getValue()));
                h = h.withServer(w.getKey(), ServerOverrides.NONE.withWeights(weights));
            }
        }
        return h;
    }

    private static MonitorConfig monitor(MonitorSpec spec, MonitorConfig m) {
        if (spec.interval().isPresent()) {
            m = m.withCheckIntervalSeconds(SimTime.toSeconds(spec.interval().getAsLong()));
        }
        m = m.withThresholds(spec.failuresToWithdraw().orElse(m.failuresToWithdraw()),
                spec.passesToAnnounce().orElse(m.passesToAnnounce()));
        if (spec.restart().isPresent()) {
            m = m.withRestartSeconds(spec.restart().get());
        }
        if (spec.highWater().isPresent() || spec.lowWater().isPresent()) {
            m = m.withWaterMarks(spec.highWater().orElse(m.highWater()), spec.lowWater().orElse(m.lowWater()));
        }
        return m;
    }

    private static ControlConfig control(ControlServerSpec spec, ControlConfig c) {
        if (spec.probeInterval().isPresent() || spec.probeTimeout().isPresent()) {
            c = c.withProbes(spec.probeInterval().isPresent() ? SimTime.toSeconds(spec.probeInterval().getAsLong())
                    : c.probeIntervalSeconds(), spec.probeTimeout().isPresent()
                    ? SimTime.toSeconds(spec.probeTimeout().getAsLong()) : c.probeTimeoutSeconds(), c.missedProbes());
        }
        if (spec.ipmiSuccess().isPresent() || spec.ipmiDuration().isPresent()) {
            c = c.withIpmi(spec.ipmiSuccess().orElse(c.ipmiSuccessProbability()),
                    spec.ipmiDuration().map(d -> d.mean()).orElse(c.ipmiSeconds()));
        }
        if (spec.pduDuration().isPresent()) {
            c = c.withPdu(c.pduSuccessProbability(), spec.pduDuration().get().mean());
        }
        if (spec.boot().isPresent()) {
            c = c.withBoot(spec.boot().get(), c.bootTimeoutSeconds());
        }
        return c;
    }
}
