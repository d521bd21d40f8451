package org.anycastsim.scenarios.scenario.load;

import org.anycastsim.scenarios.input.InputException;

/**
 * A value that cannot be converted, thrown by {@link Values} and caught by {@link Fields}, which
 * records it and reads on. Unchecked so that conversions compose as plain functions.
 */
public final class Invalid extends RuntimeException {

    private final transient InputException problem;

    Invalid(InputException problem) {
        super(problem.getMessage(), null, false, false);
        this.problem = problem;
    }

    InputException problem() {
        return problem;
    }
}
