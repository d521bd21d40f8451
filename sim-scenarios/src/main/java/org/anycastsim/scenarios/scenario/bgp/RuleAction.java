package org.anycastsim.scenarios.scenario.bgp;

import org.anycastsim.core.bgp.Community;
import org.anycastsim.core.bgp.policy.Action;

/**
 * One change a policy rule makes ({@code setLocalPref: 150}, {@code prepend: 2}, ...), in the
 * order the rule lists them. Unlike {@link Action} it may leave the AS to prepend open: a
 * scenario's {@code prepend: 2} means "the local AS twice", known only with the session.
 */
public sealed interface RuleAction {

    /** The field name in scenario files. */
    String field();

    /** The policy action, with {@code localAsn} for {@link Prepend}. */
    Action toAction(int localAsn);

    record SetLocalPref(long localPref) implements RuleAction {
        public String field() {
            return "setLocalPref";
        }

        public Action toAction(int localAsn) {
            return Action.setLocalPref((int) localPref);
        }
    }

    record SetMed(long med) implements RuleAction {
        public String field() {
            return "setMed";
        }

        public Action toAction(int localAsn) {
            return Action.setMed(med);
        }
    }

    record SetWeight(long weight) implements RuleAction {
        public String field() {
            return "setWeight";
        }

        public Action toAction(int localAsn) {
            return Action.setWeight((int) weight);
        }
    }

    /** Prepends the local AS {@code times} times. */
    record Prepend(long times) implements RuleAction {
        public String field() {
            return "prepend";
        }

        public Action toAction(int localAsn) {
            return Action.prepend(localAsn, (int) times);
        }
    }

    record AddCommunity(int community) implements RuleAction {
        public String field() {
            return "addCommunity";
        }

        public Action toAction(int localAsn) {
            return new Action.AddCommunity(community);
        }

        @Override
        public String toString() {
            return "AddCommunity[" + Community.format(community) + "]";
        }
    }

    record RemoveCommunity(int community) implements RuleAction {
        public String field() {
            return "removeCommunity";
        }

        public Action toAction(int localAsn) {
            return new Action.RemoveCommunity(community);
        }

        @Override
        public String toString() {
            return "RemoveCommunity[" + Community.format(community) + "]";
        }
    }
}
