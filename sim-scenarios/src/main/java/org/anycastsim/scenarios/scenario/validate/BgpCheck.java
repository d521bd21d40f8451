package org.anycastsim.scenarios.scenario.validate;

import org.anycastsim.core.bgp.SessionTimers;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.scenarios.scenario.bgp.BgpSpec;
import org.anycastsim.scenarios.scenario.bgp.ConditionalSpec;
import org.anycastsim.scenarios.scenario.bgp.PolicyRuleSpec;
import org.anycastsim.scenarios.scenario.bgp.RuleAction;
import org.anycastsim.scenarios.scenario.bgp.TimerSpec;

/** Checks BGP settings: timers (RFC 4271's hold time rule), decision options, conditional advertisement, policy rules. */
final class BgpCheck {

    private static final long MAX_HOLD = SimTime.seconds(65_535); // a 16-bit count of seconds in OPEN
    /** MED is 32 bits unsigned (RFC 4271 4.3). */
    static final long MAX_MED = 0xFFFF_FFFFL;
    /** LOCAL_PREF is 32 bits on the wire, but the model keeps it in a signed int. */
    static final long MAX_LOCAL_PREF = Integer.MAX_VALUE;

    private BgpCheck() {}

    static void check(Report r, BgpSpec bgp) {
        timers(r, bgp.ebgp(), SessionTimers.ebgpDefaults());
        timers(r, bgp.ibgp(), SessionTimers.ibgpDefaults());
        timers(r, bgp.server(), SessionTimers.serverDefaults());
        bgp.decision().maxPaths().ifPresent(n -> r.atLeast(bgp.decision().where(), "maxPaths", n, 1));
        bgp.popMaxPaths().ifPresent(n -> r.atLeast(bgp.where(), "popMaxPaths", n, 1));
        bgp.conditionalDefault().ifPresent(c -> conditional(r, c));
        bgp.conditional().forEach((prefix, c) -> {
            conditional(r, c);
            if (r.names().known() && !r.names().prefixes().contains(prefix)) {
                r.error(c.where().position(), "no prefix " + prefix + " is announced in " + r.names().network());
            }
        });
    }

    private static void conditional(Report r, ConditionalSpec c) {
        c.minRoutes().ifPresent(k -> {
            if (k < 1) {
                r.error(c.where(), "minRoutes", "K must be at least 1 (a PoP with no server route cannot serve), got " + k);
            }
        });
        c.minFraction().ifPresent(x -> r.fraction(c.where(), "minFraction", x));
    }

    /** Timers of a kind of session or of one session, over {@code base}. */
    static void timers(Report r, TimerSpec t, SessionTimers base) {
        t.hold().ifPresent(h -> {
            if (h != 0 && h < SimTime.seconds(3)) {
                r.error(t.where(), "hold", "a hold time is 0 (no keepalives) or at least 3s (RFC 4271 4.2), got "
                        + SimTime.format(h));
            } else if (h > MAX_HOLD) {
                r.error(t.where(), "hold", "a hold time is at most 65535s (it is 16 bits in OPEN)");
            }
        });
        long hold = t.hold().orElse(base.holdNanos());
        t.keepalive().ifPresent(k -> {
            if (k <= 0 && hold != 0) {
                r.error(t.where(), "keepalive", "must be longer than 0 (with hold time " + SimTime.format(hold) + ")");
            } else if (hold != 0 && k >= hold) {
                r.error(t.where(), "keepalive", "keepalives must come more often than the hold time ("
                        + SimTime.format(hold) + "); RFC 4271 suggests a third of it");
            }
        });
        t.connectRetry().ifPresent(c -> r.positiveDuration(t.where(), "connectRetry", c));
        t.bfd().ifPresent(b -> {
            b.interval().ifPresent(i -> r.positiveDuration(b.where(), "interval", i));
            b.multiplier().ifPresent(m -> r.atLeast(b.where(), "multiplier", m, 1));
        });
    }

    static void rule(Report r, PolicyRuleSpec rule) {
        rule.match().neighbour().ifPresent(n -> r.node(rule.match().where(), "neighbour", n, NetworkNames.ROUTER));
        for (RuleAction a : rule.actions()) {
            if (a instanceof RuleAction.SetLocalPref p) {
                r.between(rule.where(), a.field(), p.localPref(), 0, MAX_LOCAL_PREF);
            } else if (a instanceof RuleAction.SetMed m) {
                r.between(rule.where(), a.field(), m.med(), 0, MAX_MED);
            } else if (a instanceof RuleAction.SetWeight w) {
                r.between(rule.where(), a.field(), w.weight(), 0, 65_535);
            } else if (a instanceof RuleAction.Prepend p) {
                r.between(rule.where(), a.field(), p.times(), 1, 32);
            }
        }
    }
}
