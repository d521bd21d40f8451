package org.anycastsim.report.data;

import java.util.Optional;

/**
 * Why a sampled TCP/TLS session broke. Each cause has two spellings in the format: the
 * {@code sessions.broken} entity in {@code timeseries.csv} and the key of
 * {@code traffic.brokenSessions} in {@code summary.json}.
 */
public enum BreakCause {
    /** The ECMP hash sent the session's packets to another server in the same PoP. */
    SERVER_CHANGE("server-change", "serverChange", "moved to another server"),
    /** Anycast sent the session's packets to another PoP. */
    POP_CHANGE("pop-change", "popChange", "moved to another PoP"),
    /** The session's server died under it. */
    SERVER_DEATH("server-death", "serverDeath", "server died");

    private final String entity;
    private final String jsonKey;
    private final String description;

    BreakCause(String entity, String jsonKey, String description) {
        this.entity = entity;
        this.jsonKey = jsonKey;
        this.description = description;
    }

    /** The entity name in {@code timeseries.csv}. */
    public String entity() {
        return entity;
    }

    /** The key in {@code summary.json}'s {@code brokenSessions}. */
    public String jsonKey() {
        return jsonKey;
    }

    /** Plain words for legends and tables. */
    public String description() {
        return description;
    }

    public static Optional<BreakCause> fromEntity(String entity) {
        for (BreakCause cause : values()) {
            if (cause.entity.equals(entity)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }
}
