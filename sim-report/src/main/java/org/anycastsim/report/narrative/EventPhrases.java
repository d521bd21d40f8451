package org.anycastsim.report.narrative;

import org.anycastsim.report.data.EventKind;
import org.anycastsim.report.data.LogEvent;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words for each logged event, in the seed's terms: processes crash and the monitor
 * withdraws their routes, routers send prefixes to servers, routes are announced again.
 *
 * <p>Stateful, because a story refers back: a route change right after a withdrawal of the
 * same prefix says "that prefix", and a prefix announced after it was withdrawn is
 * "announced again".
 */
final class EventPhrases {

    private final Set<String> withdrawn = new HashSet<>();
    private String lastPrefix;

    NarrativeLine phrase(LogEvent e) {
        String node = e.node() == null ? "a node" : e.node();
        String note = firstPresent(e.detail(), e.field(LogEvent.REASON).orElse(null));
        NarrativeLine line = switch (e.kind()) {
            case FAILURE -> new NarrativeLine(e.t(), Tone.FAILURE, failure(e, node), note);
            case DETECTION -> new NarrativeLine(e.t(), Tone.DETECTION, detection(e, node), note);
            case WITHDRAW -> withdraw(e, node);
            case ANNOUNCE -> announce(e, node);
            case ROUTE_CHANGE -> routeChange(e);
            case REPAIR -> new NarrativeLine(e.t(), Tone.REPAIR, repair(e, node), e.detail());
            case ALERT -> new NarrativeLine(e.t(), Tone.ALERT,
                    "alert to the network team" + (e.node() == null ? "" : " about " + e.node()), note);
            case TRAFFIC -> new NarrativeLine(e.t(), Tone.TRAFFIC,
                    firstPresent(e.detail(), "traffic moved" + (e.pop() == null ? "" : " at " + e.pop())), e.field(LogEvent.REASON).orElse(""));
            case INFO -> new NarrativeLine(e.t(), Tone.INFO,
                    firstPresent(e.detail(), e.type(), "note" + (e.node() == null ? "" : " from " + e.node())), "");
        };
        if (e.kind().isRouting()) {
            lastPrefix = e.field(LogEvent.PREFIX).orElse(null);
        }
        return line;
    }

    private static String failure(LogEvent e, String node) {
        String type = e.type() == null ? "" : e.type();
        return switch (type) {
            case "process-crash" -> service(e) + " crashed on " + node;
            case "server-crash" -> "server " + node + " crashed, and Bird with it";
            case "switch-crash" -> "switch " + node + " crashed, cutting off the servers behind it";
            case "router-crash" -> "router " + node + " crashed: " + (e.pop() == null ? "its PoP" : e.pop()) + " is off the WAN";
            case "pop-loss", "pop-lost", "lose-pop" -> "PoP " + (e.pop() == null ? node : e.pop()) + " lost";
            default -> (type.isEmpty() ? "failure" : type) + " at " + node;
        };
    }

    private static String detection(LogEvent e, String node) {
        if ("monitor".equals(e.type())) {
            return "the monitor on " + node + " detected it";
        }
        return node + " detected it";
    }

    private NarrativeLine withdraw(LogEvent e, String node) {
        String prefix = e.field(LogEvent.PREFIX).orElse(null);
        if (prefix != null) {
            withdrawn.add(node + " " + prefix);
        }
        String text = prefix == null ? node + "'s routes withdrawn" : node + "'s route to " + prefix + " withdrawn";
        return new NarrativeLine(e.t(), Tone.ROUTING, text, firstPresent(e.field(LogEvent.REASON).orElse(null), e.detail()));
    }

    private NarrativeLine announce(LogEvent e, String node) {
        String prefix = e.field(LogEvent.PREFIX).orElse(null);
        String what = prefix == null ? "its routes" : prefix;
        boolean again = prefix != null && withdrawn.remove(node + " " + prefix);
        return new NarrativeLine(e.t(), Tone.ROUTING, node + " announced " + what + (again ? " again" : ""),
                firstPresent(e.detail(), e.field(LogEvent.REASON).orElse(null)));
    }

    private NarrativeLine routeChange(LogEvent e) {
        String router = e.node() == null ? "a router" : e.node();
        String prefix = e.field(LogEvent.PREFIX).orElse(null);
        String what = prefix == null ? "its traffic" : prefix.equals(lastPrefix) ? "that prefix" : prefix;
        String to = e.field(LogEvent.TO).orElse("");
        String from = e.field(LogEvent.FROM).orElse("");
        String text = to.isEmpty() ? router + " has no route to " + what + " any more" : router + " now sends " + what + " to " + to;
        return new NarrativeLine(e.t(), Tone.ROUTING, text, from.isEmpty() ? e.detail() : "was " + from);
    }

    private static String repair(LogEvent e, String node) {
        String type = e.type() == null ? "" : e.type();
        return switch (type) {
            case "process-restart" -> service(e) + " restarted on " + node;
            case "server-reboot", "router-reboot", "switch-reboot", "reboot" -> node + " is back up";
            default -> node + " repaired";
        };
    }

    /** The service in the reader's spelling: DNS is an acronym, the others are words. */
    private static String service(LogEvent e) {
        String service = e.field(LogEvent.SERVICE).orElse(null);
        if (service == null) {
            return "a process";
        }
        return service.equalsIgnoreCase("dns") ? "DNS" : service.toLowerCase(Locale.ROOT);
    }

    private static String firstPresent(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }

    /** Plural of a counted noun, for the collapsed lines. */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** "route change" or "route changes", as {@code n} asks. */
    static String kindNoun(EventKind kind, long n) {
        return switch (kind) {
            case ROUTE_CHANGE -> n == 1 ? "route change" : "route changes";
            case WITHDRAW -> n == 1 ? "withdrawal" : "withdrawals";
            case ANNOUNCE -> n == 1 ? "announcement" : "announcements";
            default -> n == 1 ? "event" : "events";
        };
    }
}
