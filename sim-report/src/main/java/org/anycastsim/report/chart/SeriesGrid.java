package org.anycastsim.report.chart;

import org.anycastsim.report.data.Series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Several series on one time grid, reduced to a drawable number of points.
 *
 * <p>An hour sampled every second is 3,600 points per series: more than a chart has pixels,
 * and 23 of them make a heavy SVG. Binning keeps the picture honest by saying what a point
 * is: rates are averaged (so the area under the curve, the request count, is kept), while
 * utilisation and latency keep the bin's peak (so a short overload is not smoothed away).
 */
final class SeriesGrid {

    /** How a bin of samples becomes one point. */
    enum Aggregate { MEAN, PEAK }

    /** Points per series above which a chart bins. */
    static final int MAX_POINTS = 1500;

    final double[] times;
    final List<String> keys;
    final List<double[]> values;
    /** Samples per point: 1 when not binned. */
    final int binSize;
    private final double stepSeconds;

    private SeriesGrid(double[] times, List<String> keys, List<double[]> values, int binSize, double stepSeconds) {
        this.times = times;
        this.keys = keys;
        this.values = values;
        this.binSize = binSize;
        this.stepSeconds = stepSeconds;
    }

    /**
     * Aligns series on the grid of the longest one; a series without a sample at a grid time
     * holds its previous value (NaN before its first sample).
     *
     * @param key   the legend name of each series
     * @param scale a factor applied to every value (100 for percentages)
     */
    static SeriesGrid of(List<Series> series, Function<Series, String> key, double scale) {
        Series longest = series.stream().reduce((a, b) -> b.size() > a.size() ? b : a).orElseThrow();
        double[] times = longest.times();
        List<String> keys = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (Series s : series) {
            double[] v = new double[times.length];
            boolean sameGrid = s.size() == times.length;
            for (int i = 0; i < times.length; i++) {
                sameGrid = sameGrid && s.time(i) == times[i];
                v[i] = (sameGrid ? s.value(i) : s.valueAt(times[i])) * scale;
            }
            keys.add(key.apply(s));
            values.add(v);
        }
        double step = times.length > 1 ? (times[times.length - 1] - times[0]) / (times.length - 1) : 0;
        return new SeriesGrid(times, keys, values, 1, step);
    }

    /** Stacked charts cannot stack a gap: a missing sample counts as nothing. */
    SeriesGrid gapsAsZero() {
        for (double[] v : values) {
            for (int i = 0; i < v.length; i++) {
                if (Double.isNaN(v[i])) {
                    v[i] = 0;
                }
            }
        }
        return this;
    }

    /** At most {@link #MAX_POINTS} points per series; unchanged if already fewer. */
    SeriesGrid binned(Aggregate aggregate) {
        int n = times.length;
        if (n <= MAX_POINTS) {
            return this;
        }
        int size = (n + MAX_POINTS - 1) / MAX_POINTS;
        int bins = (n + size - 1) / size;
        double[] binTimes = new double[bins];
        for (int b = 0; b < bins; b++) {
            binTimes[b] = times[b * size];
        }
        List<double[]> binned = new ArrayList<>();
        for (double[] v : values) {
            double[] out = new double[bins];
            for (int b = 0; b < bins; b++) {
                out[b] = reduce(v, b * size, Math.min(n, (b + 1) * size), aggregate);
            }
            binned.add(out);
        }
        return new SeriesGrid(binTimes, keys, binned, size, stepSeconds);
    }

    private static double reduce(double[] v, int from, int to, Aggregate aggregate) {
        double acc = aggregate == Aggregate.PEAK ? Double.NEGATIVE_INFINITY : 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Double.isNaN(v[i])) {
                continue;
            }
            acc = aggregate == Aggregate.PEAK ? Math.max(acc, v[i]) : acc + v[i];
            n++;
        }
        if (n == 0) {
            return Double.NaN;
        }
        return aggregate == Aggregate.PEAK ? acc : acc / n;
    }

    GridXYDataset dataset() {
        GridXYDataset dataset = new GridXYDataset(times);
        for (int i = 0; i < keys.size(); i++) {
            dataset.add(keys.get(i), values.get(i));
        }
        return dataset;
    }

    /** What a point is, for the chart's subtitle, or empty when every sample is drawn. */
    String binNote(Aggregate aggregate) {
        if (binSize == 1) {
            return "";
        }
        String what = aggregate == Aggregate.MEAN ? "mean" : "peak";
        return "each point is the " + what + " of " + binSpan();
    }

    /** {@code 3 samples (3.00 s)}: how much one point covers. */
    String binSpan() {
        return String.format(Locale.ROOT, "%d samples (%.3g s)", binSize, binSize * stepSeconds);
    }
}
