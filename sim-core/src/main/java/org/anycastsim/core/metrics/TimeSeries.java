package org.anycastsim.core.metrics;

import java.io.IOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tidy time series, one row per (time, metric, entity) as docs/OUTPUT-FORMAT.md specifies:
 * {@code time_s,metric,entity,group,value}. Rows are held column-wise in primitive arrays;
 * metric, entity and group names are interned once into a dictionary and rows store their ids,
 * so recording a sample allocates nothing and concatenates no strings.
 */
public final class TimeSeries {
    public static final String CSV_HEADER = "time_s,metric,entity,group,value";

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final int noGroup;
    private long[] time = new long[256];
    private int[] metric = new int[256];
    private int[] entity = new int[256];
    private int[] group = new int[256];
    private double[] value = new double[256];
    private int size;

    public TimeSeries() {
        noGroup = intern("");
    }

    /** One row, materialised for reading. */
    public record Row(double timeSeconds, String metric, String entity, String group, double value) {}

    /** The id of a name (metric, entity or group), adding it to the dictionary on first use. */
    public int intern(String name) {
        Integer id = ids.get(name);
        if (id == null) {
            id = names.size();
            ids.put(name, id);
            names.add(name);
        }
        return id;
    }

    /** The id of the empty group. */
    public int noGroup() {
        return noGroup;
    }

    public String name(int id) {
        return names.get(id);
    }

    /** Appends a row of interned ids; times must not go backwards. */
    public void add(long timeNanos, int metricId, int entityId, int groupId, double v) {
        if (size > 0 && timeNanos < time[size - 1]) {
            throw new IllegalArgumentException("time series rows must be in time order");
        }
        if (size == time.length) {
            int n = size * 2;
            time = Arrays.copyOf(time, n);
            metric = Arrays.copyOf(metric, n);
            entity = Arrays.copyOf(entity, n);
            group = Arrays.copyOf(group, n);
            value = Arrays.copyOf(value, n);
        }
        time[size] = timeNanos;
        metric[size] = metricId;
        entity[size] = entityId;
        group[size] = groupId;
        value[size++] = v;
    }

    /** Appends a row by names (interning them); for code off the hot path. */
    public void add(long timeNanos, String metricName, String entityName, String groupName, double v) {
        add(timeNanos, intern(metricName), intern(entityName), intern(groupName == null ? "" : groupName), v);
    }

    public int size() {
        return size;
    }

    public long timeNanos(int row) {
        return time[row];
    }

    public double value(int row) {
        return value[row];
    }

    public String metric(int row) {
        return names.get(metric[row]);
    }

    public String entity(int row) {
        return names.get(entity[row]);
    }

    public String group(int row) {
        return names.get(group[row]);
    }

    public Row row(int i) {
        return new Row(time[i] / 1e9, metric(i), entity(i), group(i), value[i]);
    }

    /** All rows as a read-only list view (rows are materialised as they are read). */
    public List<Row> rows() {
        return new AbstractList<>() {
            @Override
            public Row get(int index) {
                return row(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The rows of one metric and entity, in time order. */
    public List<Row> rows(String metricName, String entityName) {
        List<Row> out = new ArrayList<>();
        Integer m = ids.get(metricName);
        Integer e = ids.get(entityName);
        if (m == null || e == null) {
            return out;
        }
        for (int i = 0; i < size; i++) {
            if (metric[i] == m && entity[i] == e) {
                out.add(row(i));
            }
        }
        return out;
    }

    /** The values of one metric and entity, in time order. */
    public double[] values(String metricName, String entityName) {
        return rows(metricName, entityName).stream().mapToDouble(Row::value).toArray();
    }

    /** Writes the CSV (header and rows, '\n' line ends) to {@code out}. */
    public void writeCsv(Appendable out) throws IOException {
        out.append(CSV_HEADER).append('\n');
        StringBuilder line = new StringBuilder(96);
        for (int i = 0; i < size; i++) {
            line.setLength(0);
            appendSeconds(line, time[i]);
            line.append(',');
            appendField(line, names.get(metric[i]));
            line.append(',');
            appendField(line, names.get(entity[i]));
            line.append(',');
            appendField(line, names.get(group[i]));
            line.append(',').append(value[i]).append('\n');
            out.append(line);
        }
    }

    /** Seconds with exactly as many decimals as needed, at least three (millisecond precision). */
    static void appendSeconds(StringBuilder sb, long nanos) {
        sb.append(nanos / 1_000_000_000L).append('.');
        String frac = String.format(Locale.ROOT, "%09d", nanos % 1_000_000_000L);
        int end = 9;
        while (end > 3 && frac.charAt(end - 1) == '0') {
            end--;
        }
        sb.append(frac, 0, end);
    }

    /** RFC 4180 quoting for names that contain a comma, a quote or a line break. */
    private static void appendField(StringBuilder sb, String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            sb.append(s);
        } else {
            sb.append('"').append(s.replace("\"", "\"\"")).append('"');
        }
    }
}
