package org.anycastsim.report.data;

import java.util.Optional;

/** The {@code kind} of an {@code events.jsonl} line. */
public enum EventKind {
    FAILURE("failure"),
    DETECTION("detection"),
    WITHDRAW("withdraw"),
    ANNOUNCE("announce"),
    ROUTE_CHANGE("route-change"),
    REPAIR("repair"),
    ALERT("alert"),
    TRAFFIC("traffic"),
    INFO("info");

    private final String wireName;

    EventKind(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in the file. */
    public String wireName() {
        return wireName;
    }

    /** Withdrawals, announcements and route changes: the lines that come in floods. */
    public boolean isRouting() {
        return this == WITHDRAW || this == ANNOUNCE || this == ROUTE_CHANGE;
    }

    public static Optional<EventKind> fromWireName(String name) {
        for (EventKind kind : values()) {
            if (kind.wireName.equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
