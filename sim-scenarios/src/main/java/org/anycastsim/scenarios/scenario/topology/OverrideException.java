package org.anycastsim.scenarios.scenario.topology;

/** An override a built-in world cannot take, naming the {@code overrides} field at fault. */
public final class OverrideException extends IllegalArgumentException {

    private final String field;

    public OverrideException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field under {@code overrides}, e.g. {@code transits}; null for the overrides as a whole. */
    public String field() {
        return field;
    }
}
