package org.anycastsim.report.data;

import java.util.Objects;

/**
 * One row of {@code timeseries.csv}.
 *
 * @param time   simulated time, seconds
 * @param metric a name from {@link Metrics}
 * @param entity what was measured: PoP code, server name, service, cause or {@code all}
 * @param group  the parent of the entity (a server's PoP), or empty
 * @param value  the measurement, in the metric's unit
 */
public record TimeSeriesRow(double time, String metric, String entity, String group, double value) {

    public TimeSeriesRow {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(group, "group");
    }
}
