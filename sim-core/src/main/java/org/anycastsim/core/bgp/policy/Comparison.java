package org.anycastsim.core.bgp.policy;

/** A numeric comparison used by matches such as {@link Match.AsPathLength}. */
public enum Comparison {
    LT("<"),
    LE("<="),
    EQ("=="),
    NE("!="),
    GE(">="),
    GT(">");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** Whether {@code value <op> bound} holds. */
    public boolean test(int value, int bound) {
        return switch (this) {
            case LT -> value < bound;
            case LE -> value <= bound;
            case EQ -> value == bound;
            case NE -> value != bound;
            case GE -> value >= bound;
            case GT -> value > bound;
        };
    }

    public String symbol() {
        return symbol;
    }
}
