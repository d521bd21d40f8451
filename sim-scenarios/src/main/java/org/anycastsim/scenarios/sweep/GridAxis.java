package org.anycastsim.scenarios.sweep;

import java.util.List;
import java.util.Objects;

/**
 * One parameter of a grid sweep and the values it takes, in file order.
 *
 * @param parameter the parameter's name in the sweep file, also its column in {@code sweep.csv}
 */
public record GridAxis(String parameter, List<GridValue> values) {

    public GridAxis {
        Objects.requireNonNull(parameter, "parameter");
        values = List.copyOf(values);
    }
}
