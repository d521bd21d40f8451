package org.anycastsim.report.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The contents of {@code timeseries.csv}, indexed by metric and entity so that a chart finds
 * its series without scanning the millions of rows of a long run.
 */
public final class TimeSeries {

    public static final TimeSeries EMPTY = new Builder().build();

    /** metric -> entity -> series, entities in {@link NaturalOrder}. */
    private final Map<String, Map<String, Series>> byMetric;
    private final Map<String, String> groupByEntity;
    private final long rowCount;

    private TimeSeries(Map<String, Map<String, Series>> byMetric, Map<String, String> groupByEntity, long rowCount) {
        this.byMetric = byMetric;
        this.groupByEntity = groupByEntity;
        this.rowCount = rowCount;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The metrics present, sorted. */
    public Set<String> metrics() {
        return Collections.unmodifiableSet(new TreeSet<>(byMetric.keySet()));
    }

    public boolean has(String metric) {
        return byMetric.containsKey(metric);
    }

    /** Every series of a metric, by entity in natural order; empty if the metric is absent. */
    public List<Series> all(String metric) {
        Map<String, Series> entities = byMetric.get(metric);
        return entities == null ? List.of() : List.copyOf(entities.values());
    }

    public List<String> entities(String metric) {
        Map<String, Series> entities = byMetric.get(metric);
        return entities == null ? List.of() : List.copyOf(entities.keySet());
    }

    public Optional<Series> get(String metric, String entity) {
        Map<String, Series> entities = byMetric.get(metric);
        return entities == null ? Optional.empty() : Optional.ofNullable(entities.get(entity));
    }

    /** The series of a metric whose group is {@code group}, e.g. the servers of one PoP. */
    public List<Series> inGroup(String metric, String group) {
        List<Series> members = new ArrayList<>();
        for (Series series : all(metric)) {
            if (series.group().equals(group)) {
                members.add(series);
            }
        }
        return members;
    }

    /** The group recorded for an entity under any metric, if it has a non-empty one. */
    public Optional<String> groupOf(String entity) {
        return Optional.ofNullable(groupByEntity.get(entity));
    }

    public long rowCount() {
        return rowCount;
    }

    /** The latest sample time of any series, 0 when empty. */
    public double endTime() {
        double end = 0;
        for (Map<String, Series> entities : byMetric.values()) {
            for (Series series : entities.values()) {
                if (!series.isEmpty()) {
                    end = Math.max(end, series.time(series.size() - 1));
                }
            }
        }
        return end;
    }

    /** Collects rows in any interleaving of series; each series' own times must increase. */
    public static final class Builder {

        private final Map<String, Map<String, Growing>> byMetric = new HashMap<>();
        private final Map<String, String> groupByEntity = new HashMap<>();
        private long rowCount;

        private Builder() {
        }

        /**
         * @throws IllegalArgumentException if the time does not follow the series' previous
         *                                  sample, or the entity changed group
         */
        public Builder add(double time, String metric, String entity, String group, double value) {
            Map<String, Growing> entities = byMetric.computeIfAbsent(metric, m -> new HashMap<>());
            Growing series = entities.get(entity);
            if (series == null) {
                series = new Growing(group);
                entities.put(entity, series);
            } else if (!series.group.equals(group)) {
                throw new IllegalArgumentException("entity '" + entity + "' of " + metric
                        + " was in group '" + series.group + "', now '" + group + "'");
            }
            series.add(time, value, metric, entity);
            if (!group.isEmpty()) {
                groupByEntity.putIfAbsent(entity, group);
            }
            rowCount++;
            return this;
        }

        public Builder add(TimeSeriesRow row) {
            return add(row.time(), row.metric(), row.entity(), row.group(), row.value());
        }

        public TimeSeries build() {
            Map<String, Map<String, Series>> built = new HashMap<>();
            byMetric.forEach((metric, entities) -> {
                Map<String, Series> sorted = new TreeMap<>(NaturalOrder.INSTANCE);
                entities.forEach((entity, growing) -> sorted.put(entity, growing.toSeries(metric, entity)));
                built.put(metric, Collections.unmodifiableMap(sorted));
            });
            return new TimeSeries(built, Map.copyOf(groupByEntity), rowCount);
        }
    }

    /** A series being read: amortised O(1) appends into primitive arrays. */
    private static final class Growing {
        final String group;
        double[] times = new double[64];
        double[] values = new double[64];
        int size;

        Growing(String group) {
            this.group = group;
        }

        void add(double time, double value, String metric, String entity) {
            if (size > 0 && !(time > times[size - 1])) {
                throw new IllegalArgumentException("time " + time + " of " + metric + "/" + entity
                        + " does not follow its previous sample at " + times[size - 1]);
            }
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            times[size] = time;
            values[size] = value;
            size++;
        }

        Series toSeries(String metric, String entity) {
            return new Series(metric, entity, group, Arrays.copyOf(times, size), Arrays.copyOf(values, size));
        }
    }
}
