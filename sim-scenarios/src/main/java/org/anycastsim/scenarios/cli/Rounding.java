package org.anycastsim.scenarios.cli;

/** Rounds figures for JSON output: readers want 4.833 ms, not 4.833000000000001. */
final class Rounding {
    private Rounding() {}

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
