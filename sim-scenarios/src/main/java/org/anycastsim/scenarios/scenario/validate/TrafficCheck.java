package org.anycastsim.scenarios.scenario.validate;

import java.util.HashMap;
import java.util.Map;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.scenarios.scenario.source.Position;
import org.anycastsim.scenarios.scenario.source.Where;
import org.anycastsim.scenarios.scenario.traffic.Attack;
import org.anycastsim.scenarios.scenario.traffic.FlashCrowd;
import org.anycastsim.scenarios.scenario.traffic.TrafficSpec;

/** Checks the traffic section: known services and clients, rates, fractions, time windows inside the run. */
final class TrafficCheck {

    private TrafficCheck() {}

    static void check(Report r, TrafficSpec t) {
        NetworkNames names = r.names();
        t.services().forEach((service, demand) -> {
            if (names.known()) {
                r.member(t.where(), "services." + service, service, names.services().keySet(), "service");
            }
            if (demand.rateRps() < 0) {
                r.error(demand.where(), "rate", "a rate cannot be negative");
            }
        });
        t.sessionsPerSecond().ifPresent(x -> {
            if (x < 0) {
                r.error(t.where(), "sampling", "sessionsPerSecond cannot be negative");
            }
        });
        t.diurnalAmplitude().ifPresent(x -> r.fraction(t.where(), "diurnal", x));
        t.resolution().ifPresent(x -> r.positiveDuration(t.where(), "resolution", x));
        t.flashCrowds().forEach(c -> flashCrowd(r, c));
        Map<String, Position> attacks = new HashMap<>();
        for (Attack a : t.attacks()) {
            Position first = attacks.putIfAbsent(a.name(), a.where().at("name"));
            if (first != null) {
                r.error(a.where(), "name", "another attack is called '" + a.name() + "' (line " + first.line() + ")");
            }
            attack(r, a);
        }
    }

    private static void flashCrowd(Report r, FlashCrowd c) {
        NetworkNames names = r.names();
        c.region().ifPresent(region -> {
            if (names.known() && names.regions().isEmpty()) {
                r.error(c.where(), "region", "regions are the continents of a built-in world; name clients here");
            } else if (names.known()) {
                r.member(c.where(), "region", region, names.regions(), "region");
            }
        });
        if (names.known()) {
            c.clients().forEach(client -> r.member(c.where(), "clients", client, names.clients(), "client network"));
        }
        r.positive(c.where(), "factor", c.factor(), "a flash crowd's factor");
        window(r, c.where(), c.start(), c.stop());
    }

    private static void attack(Report r, Attack a) {
        NetworkNames names = r.names();
        if (a.from().isEmpty()) {
            r.error(a.where(), "from", "an attack comes from at least one client network");
        }
        if (names.known()) {
            a.from().forEach(client -> r.member(a.where(), "from", client, names.clients(), "client network"));
            if (!names.prefixes().contains(a.target())) {
                r.error(a.where(), "target", "no prefix " + a.target() + " is announced in " + names.network());
            }
        }
        r.positive(a.where(), "rate", a.rateRps(), "an attack's rate");
        a.start().ifPresent(s -> r.time(a.where(), "start", s));
        a.stop().ifPresent(s -> r.time(a.where(), "stop", s));
        if (a.start().isPresent() && a.stop().isPresent()) {
            window(r, a.where(), a.start().getAsLong(), a.stop().getAsLong());
        }
    }

    private static void window(Report r, Where where, long start, long stop) {
        r.time(where, "start", start);
        r.time(where, "stop", stop);
        if (stop <= start) {
            r.error(where, "stop", "stop (" + SimTime.format(stop) + ") must be after start (" + SimTime.format(start) + ")");
        }
    }
}
