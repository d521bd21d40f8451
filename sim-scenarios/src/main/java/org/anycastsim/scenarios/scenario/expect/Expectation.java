package org.anycastsim.scenarios.scenario.expect;

import java.util.Optional;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * An assertion on a run's results, reported as passed or failed with the value measured. Times
 * are nanoseconds; {@code event} is an index into the scenario's timeline (0 = the first action).
 */
public sealed interface Expectation {

    /** The expectation's {@code name} as written, else its kind. */
    String name();

    /** The kind's key in scenario files, e.g. {@code lostFraction}. */
    String kind();

    Where where();

    /** At most {@code below} of the offered requests are lost, for one service or all. */
    record LostFraction(String name, Optional<String> service, double below, Where where) implements Expectation {
        public String kind() {
            return "lostFraction";
        }
    }

    /** Routing settles within {@code below} after timeline action {@code event}. */
    record ControlPlaneConvergence(String name, int event, long below, Where where) implements Expectation {
        public String kind() {
            return "controlPlaneConvergence";
        }
    }

    /** Traffic is served at the pre-event level again within {@code below} after action {@code event}. */
    record DataPlaneConvergence(String name, int event, long below, Where where) implements Expectation {
        public String kind() {
            return "dataPlaneConvergence";
        }
    }

    /** No PoP's utilisation reaches {@code below}. */
    record MaxPopUtilisation(String name, double below, Where where) implements Expectation {
        public String kind() {
            return "maxPopUtilisation";
        }
    }

    /** At time {@code at}, {@code client} is served by PoP {@code pop}. */
    record Reaches(String name, String client, String pop, long at, Where where) implements Expectation {
        public String kind() {
            return "reaches";
        }
    }

    /** {@code by} withdraws {@code prefix} within {@code within} after timeline action {@code event}. */
    record Withdrawn(String name, Prefix prefix, String by, int event, long within, Where where) implements Expectation {
        public String kind() {
            return "withdrawn";
        }
    }

    /** From {@code after} on, the served fraction of offered load stays above {@code above}. */
    record ServedFraction(String name, double above, long after, Where where) implements Expectation {
        public String kind() {
            return "servedFraction";
        }
    }

    /** Fewer than {@code below} sampled sessions break, for one cause or any. */
    record BrokenSessions(String name, Optional<BreakCause> cause, long below, Where where) implements Expectation {
        public String kind() {
            return "brokenSessions";
        }
    }

    /** Routing has (or, with false, has not) converged at the end of the run. */
    record Converged(String name, boolean converged, Where where) implements Expectation {
        public String kind() {
            return "converged";
        }
    }
}
