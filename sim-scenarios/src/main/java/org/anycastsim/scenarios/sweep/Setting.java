package org.anycastsim.scenarios.sweep;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.bgp.BfdSpec;
import org.anycastsim.scenarios.scenario.bgp.BgpSpec;
import org.anycastsim.scenarios.scenario.bgp.TimerSpec;
import org.anycastsim.scenarios.scenario.source.Position;
import org.anycastsim.scenarios.scenario.source.Where;
import org.anycastsim.scenarios.scenario.topology.BuiltinOverrides;
import org.anycastsim.scenarios.scenario.topology.HashingKind;
import org.anycastsim.scenarios.scenario.traffic.ServiceTraffic;
import org.anycastsim.scenarios.scenario.traffic.TrafficSpec;

/**
 * One change a grid sweep makes to its base scenario, by parameter. Each makes a modified copy of
 * the scenario's records and records {@code at}, where the grid value is written, as the position
 * of the field it sets, so that a value the validator refuses is reported at the grid's line.
 */
public sealed interface Setting {

    Scenario applyTo(Scenario base, Position at);

    /** Whether the setting changes a built-in world's overrides (and so needs a built-in topology). */
    default boolean needsBuiltinWorld() {
        return false;
    }

    /** Servers in every PoP; replaces the base's {@code serversPerPop}, per-PoP counts included. */
    record ServersPerPop(int count) implements Setting {
        public Scenario applyTo(Scenario base, Position at) {
            return Variants.withOverrides(base, "serversPerPop", at, o -> new BuiltinOverrides(OptionalInt.of(count),
                    Map.of(), o.switchesPerPop(), o.pathInflation(), o.transits(), o.peeringShare(), o.hashing(),
                    o.services(), o.where()));
        }

        @Override
        public boolean needsBuiltinWorld() {
            return true;
        }
    }

    record SwitchesPerPop(int count) implements Setting {
        public Scenario applyTo(Scenario base, Position at) {
            return Variants.withOverrides(base, "switchesPerPop", at, o -> new BuiltinOverrides(o.serversPerPop(),
                    o.serversByPop(), OptionalInt.of(count), o.pathInflation(), o.transits(), o.peeringShare(),
                    o.hashing(), o.services(), o.where()));
        }

        @Override
        public boolean needsBuiltinWorld() {
            return true;
        }
    }

    record PathInflation(double factor) implements Setting {
        public Scenario applyTo(Scenario base, Position at) {
            return Variants.withOverrides(base, "pathInflation", at, o -> new BuiltinOverrides(o.serversPerPop(),
                    o.serversByPop(), o.switchesPerPop(), OptionalDouble.of(factor), o.transits(), o.peeringShare(),
                    o.hashing(), o.services(), o.where()));
        }

        @Override
        public boolean needsBuiltinWorld() {
            return true;
        }
    }

    /** The PoP routers' ECMP hashing. */
    record Hashing(HashingKind kind) implements Setting {
        public Scenario applyTo(Scenario base, Position at) {
            return Variants.withOverrides(base, "hashing", at, o -> new BuiltinOverrides(o.serversPerPop(),
                    o.serversByPop(), o.switchesPerPop(), o.pathInflation(), o.transits(), o.peeringShare(),
                    Optional.of(kind), o.services(), o.where()));
        }

        @Override
        public boolean needsBuiltinWorld() {
            return true;
        }
    }

    /**
     * The hold time of the servers' sessions to their PoP router: how long a router waits for a
     * silent server without BFD. The keepalive becomes a third of it unless the base sets one.
     */
    record ServerHold(long holdNanos) implements Setting {
        public Scenario applyTo(Scenario base, Position at) {
            TimerSpec t = base.bgp().server();
            TimerSpec server = new TimerSpec(OptionalLong.of(holdNanos), t.keepalive(), t.connectRetry(), t.mrai(),
                    t.bfd(), t.where().with("hold", at));
            return Variants.withBgp(base, withServer(base.bgp(), server));
        }
    }

    /**
     * BFD on the servers' sessions: off (empty), or on with this transmit interval (the base's
     * multiplier, else 3).
     */
    record ServerBfd(OptionalLong intervalNanos) implements Setting {
        public Scenario applyTo(Scenario base, Position at) {
            TimerSpec t = base.bgp().server();
            OptionalInt multiplier = t.bfd().map(BfdSpec::multiplier).orElse(OptionalInt.empty());
            BfdSpec bfd = new BfdSpec(intervalNanos.isPresent(), intervalNanos, multiplier,
                    new Where(at, Map.of("interval", at)));
            TimerSpec server = new TimerSpec(t.hold(), t.keepalive(), t.connectRetry(), t.mrai(), Optional.of(bfd),
                    t.where().with("bfd", at));
            return Variants.withBgp(base, withServer(base.bgp(), server));
        }
    }

    /** The MRAI of eBGP sessions, which paces how fast a withdrawal spreads across the Internet. */
    record EbgpMrai(long mraiNanos) implements Setting {
        public Scenario applyTo(Scenario base, Position at) {
            BgpSpec b = base.bgp();
            TimerSpec t = b.ebgp();
            TimerSpec ebgp = new TimerSpec(t.hold(), t.keepalive(), t.connectRetry(), OptionalLong.of(mraiNanos),
                    t.bfd(), t.where().with("mrai", at));
            return Variants.withBgp(base, new BgpSpec(ebgp, b.ibgp(), b.server(), b.rateLimitWithdrawals(),
                    b.decision(), b.popMaxPaths(), b.conditionalDefault(), b.conditional(), b.where()));
        }
    }

    /** The ECMP width at PoP routers: how many servers share a PoP's traffic. */
    record PopMaxPaths(int paths) implements Setting {
        public Scenario applyTo(Scenario base, Position at) {
            BgpSpec b = base.bgp();
            return Variants.withBgp(base, new BgpSpec(b.ebgp(), b.ibgp(), b.server(), b.rateLimitWithdrawals(),
                    b.decision(), OptionalInt.of(paths), b.conditionalDefault(), b.conditional(),
                    b.where().with("popMaxPaths", at)));
        }
    }

    /** Every service's demand times {@code factor}: "at peak" as a multiple of the base's load. */
    record DemandFactor(double factor) implements Setting {
        public Scenario applyTo(Scenario base, Position at) {
            TrafficSpec t = base.traffic();
            Map<String, ServiceTraffic> services = new LinkedHashMap<>();
            t.services().forEach((name, s) -> services.put(name,
                    new ServiceTraffic(s.service(), s.rateRps() * factor, s.where())));
            return Variants.withTraffic(base, new TrafficSpec(services, t.sessionsPerSecond(), t.diurnalAmplitude(),
                    t.resolution(), t.flashCrowds(), t.attacks(), t.where()));
        }
    }

    /** The run's master seed, to see how much of a result is luck. */
    record Seed(long seed) implements Setting {
        public Scenario applyTo(Scenario base, Position at) {
            return Variants.withSeed(base, seed);
        }
    }

    private static BgpSpec withServer(BgpSpec b, TimerSpec server) {
        return new BgpSpec(b.ebgp(), b.ibgp(), server, b.rateLimitWithdrawals(), b.decision(), b.popMaxPaths(),
                b.conditionalDefault(), b.conditional(), b.where());
    }
}
