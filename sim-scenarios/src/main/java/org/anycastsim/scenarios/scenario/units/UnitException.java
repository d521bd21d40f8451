package org.anycastsim.scenarios.scenario.units;

/**
 * A value that is not written in the unit expected, e.g. {@code '30 sec' is not a duration; write
 * e.g. 30s, 250ms, 2m}. The message is for the user and carries no location: the scenario loader
 * adds file, line, column and field.
 */
public final class UnitException extends IllegalArgumentException {

    public UnitException(String message) {
        super(message);
    }
}
