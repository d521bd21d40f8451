package org.anycastsim.report.chart;

import org.jfree.data.xy.AbstractXYDataset;
import org.jfree.data.xy.TableXYDataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Series that share one x grid, backed by primitive arrays: the table a stacked area chart
 * needs, without the per-point objects (and per-point change events) of JFreeChart's own
 * datasets, which made an hour of 23 PoPs slow to build.
 */
public final class GridXYDataset extends AbstractXYDataset implements TableXYDataset {

    private final double[] x;
    private final List<String> keys = new ArrayList<>();
    private final List<double[]> ys = new ArrayList<>();

    /** @param x the shared x values; the dataset keeps the array, callers must not change it */
    public GridXYDataset(double[] x) {
        this.x = x;
    }

    /** Adds a series; {@code y} must be as long as the grid and is kept, not copied. */
    public GridXYDataset add(String key, double[] y) {
        if (y.length != x.length) {
            throw new IllegalArgumentException("series " + key + " has " + y.length + " values for " + x.length + " x values");
        }
        keys.add(key);
        ys.add(y);
        return this;
    }

    public List<String> keys() {
        return List.copyOf(keys);
    }

    @Override
    public int getSeriesCount() {
        return keys.size();
    }

    @Override
    public Comparable<?> getSeriesKey(int series) {
        return keys.get(series);
    }

    @Override
    public int getItemCount() {
        return x.length;
    }

    @Override
    public int getItemCount(int series) {
        return x.length;
    }

    @Override
    public Number getX(int series, int item) {
        return x[item];
    }

    @Override
    public double getXValue(int series, int item) {
        return x[item];
    }

    @Override
    public Number getY(int series, int item) {
        return ys.get(series)[item];
    }

    @Override
    public double getYValue(int series, int item) {
        return ys.get(series)[item];
    }
}
