package org.anycastsim.scenarios.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.bgp.BgpSpec;
import org.anycastsim.scenarios.scenario.source.Position;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction;
import org.anycastsim.scenarios.scenario.topology.BuiltinOverrides;
import org.anycastsim.scenarios.scenario.topology.BuiltinTopology;
import org.anycastsim.scenarios.scenario.traffic.TrafficSpec;

/**
 * Modified copies of a scenario: the {@link Scenario} record with one part replaced. The parts
 * left alone keep their records, positions included, so that every problem the validator finds in
 * a run still points at the line of the base scenario (or of the sweep file) that caused it.
 */
final class Variants {

    private Variants() {}

    static Scenario named(Scenario s, String name, String description) {
        return new Scenario(name, description, s.seed(), s.durationNanos(), s.topology(), s.bgp(), s.hosts(),
                s.traffic(), s.timeline(), s.expectations(), s.where());
    }

    static Scenario withSeed(Scenario s, long seed) {
        return new Scenario(s.name(), s.description(), seed, s.durationNanos(), s.topology(), s.bgp(), s.hosts(),
                s.traffic(), s.timeline(), s.expectations(), s.where());
    }

    /**
     * The base's timeline followed by {@code actions}. Appending keeps the base's indices, which its
     * expectations refer to; the first added action gets the index after the base's last.
     */
    static Scenario withActions(Scenario s, List<TimelineAction> actions) {
        List<TimelineAction> timeline = new ArrayList<>(s.timeline());
        timeline.addAll(actions);
        return new Scenario(s.name(), s.description(), s.seed(), s.durationNanos(), s.topology(), s.bgp(), s.hosts(),
                s.traffic(), timeline, s.expectations(), s.where());
    }

    static Scenario withBgp(Scenario s, BgpSpec bgp) {
        return new Scenario(s.name(), s.description(), s.seed(), s.durationNanos(), s.topology(), bgp, s.hosts(),
                s.traffic(), s.timeline(), s.expectations(), s.where());
    }

    static Scenario withTraffic(Scenario s, TrafficSpec traffic) {
        return new Scenario(s.name(), s.description(), s.seed(), s.durationNanos(), s.topology(), s.bgp(), s.hosts(),
                traffic, s.timeline(), s.expectations(), s.where());
    }

    /**
     * The built-in world's overrides changed by {@code change}, with {@code field} now at
     * {@code at}. Only for a built-in topology (the loader refuses such parameters for others).
     */
    static Scenario withOverrides(Scenario s, String field, Position at, UnaryOperator<BuiltinOverrides> change) {
        BuiltinTopology b = (BuiltinTopology) s.topology();
        // A base without overrides has the shared NONE, whose position names no file: use the topology's.
        BuiltinOverrides o = b.overrides() == BuiltinOverrides.NONE ? placedAt(BuiltinOverrides.NONE, b) : b.overrides();
        BuiltinOverrides changed = change.apply(o);
        BuiltinOverrides placed = new BuiltinOverrides(changed.serversPerPop(), changed.serversByPop(),
                changed.switchesPerPop(), changed.pathInflation(), changed.transits(), changed.peeringShare(),
                changed.hashing(), changed.services(), changed.where().with(field, at));
        BuiltinTopology topology = new BuiltinTopology(b.name(), placed, b.where());
        return new Scenario(s.name(), s.description(), s.seed(), s.durationNanos(), topology, s.bgp(), s.hosts(),
                s.traffic(), s.timeline(), s.expectations(), s.where());
    }

    private static BuiltinOverrides placedAt(BuiltinOverrides o, BuiltinTopology b) {
        return new BuiltinOverrides(o.serversPerPop(), o.serversByPop(), o.switchesPerPop(), o.pathInflation(),
                o.transits(), o.peeringShare(), o.hashing(), o.services(), b.where());
    }
}
