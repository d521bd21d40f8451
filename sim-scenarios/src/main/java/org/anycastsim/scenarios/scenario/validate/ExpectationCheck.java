package org.anycastsim.scenarios.scenario.validate;

import org.anycastsim.scenarios.scenario.expect.Expectation;
import org.anycastsim.scenarios.scenario.expect.Expectation.*;
import org.anycastsim.scenarios.scenario.source.Where;

/** Checks each expectation: fractions in range, times inside the run, events and names that exist. */
final class ExpectationCheck {

    private final Report r;
    private final int actions;

    ExpectationCheck(Report r, int actions) {
        this.r = r;
        this.actions = actions;
    }

    void check(Expectation e) {
        Where w = e.where();
        if (e instanceof LostFraction l) {
            r.fraction(w, "below", l.below());
            l.service().ifPresent(s -> {
                if (r.names().known()) {
                    r.member(w, "service", s, r.names().services().keySet(), "service");
                }
            });
        } else if (e instanceof ControlPlaneConvergence c) {
            event(w, c.event());
            r.positiveDuration(w, "below", c.below());
        } else if (e instanceof DataPlaneConvergence c) {
            event(w, c.event());
            r.positiveDuration(w, "below", c.below());
        } else if (e instanceof MaxPopUtilisation m) {
            r.positive(w, "below", m.below(), "a utilisation bound");
        } else if (e instanceof Reaches reaches) {
            if (r.names().known()) {
                r.member(w, "client", reaches.client(), r.names().clients(), "client network");
                r.member(w, "pop", reaches.pop(), r.names().pops(), "PoP");
            }
            r.time(w, "at", reaches.at());
        } else if (e instanceof Withdrawn wd) {
            if (r.names().known() && !r.names().prefixes().contains(wd.prefix())) {
                r.error(w, "prefix", "no prefix " + wd.prefix() + " is announced in " + r.names().network());
            }
            r.node(w, "by", wd.by(), NetworkNames.ROUTER, NetworkNames.SERVER);
            event(w, wd.event());
            r.positiveDuration(w, "within", wd.within());
        } else if (e instanceof ServedFraction s) {
            r.fraction(w, "above", s.above());
            r.time(w, "after", s.after());
        } else if (e instanceof BrokenSessions b) {
            if (b.below() < 1) {
                r.error(w, "below", "fewer than " + b.below() + " broken sessions can never hold; write below: 1 for none");
            }
        }
    }

    /** An index into the timeline. */
    private void event(Where w, int event) {
        if (event < 0 || event >= actions) {
            r.error(w, "event", actions == 0 ? "event " + event + " does not exist: the timeline is empty"
                    : "event " + event + " does not exist: the timeline has " + actions + " actions, 0 to "
                            + (actions - 1));
        }
    }
}
