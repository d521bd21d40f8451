package org.anycastsim.core.traffic.demand;

import java.util.Objects;
import org.anycastsim.core.net.ClientNetwork;

/**
 * Which client networks a demand modifier applies to: all of them, one region (continent code as
 * {@link ClientNetwork#region()} spells it) or one country ({@link ClientNetwork#country()}).
 */
public record ClientScope(Kind kind, String code) {
    public enum Kind {
        ALL,
        REGION,
        COUNTRY
    }

    public ClientScope {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.ALL) {
            Objects.requireNonNull(code, "code");
        }
    }

    public static ClientScope all() {
        return new ClientScope(Kind.ALL, null);
    }

    public static ClientScope region(String region) {
        return new ClientScope(Kind.REGION, region);
    }

    public static ClientScope country(String country) {
        return new ClientScope(Kind.COUNTRY, country);
    }

    public boolean matches(ClientNetwork client) {
        return switch (kind) {
            case ALL -> true;
            case REGION -> code.equals(client.region());
            case COUNTRY -> code.equals(client.country());
        };
    }

    @Override
    public String toString() {
        return kind == Kind.ALL ? "all clients" : kind.name().toLowerCase(java.util.Locale.ROOT) + " " + code;
    }
}
