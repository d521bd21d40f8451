package org.anycastsim.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

import java.util.ArrayList;
import java.util.List;

/** Reads the series a chart draws: one list of keys per dataset, subplots in order. */
final class ChartInspection {

    private ChartInspection() {
    }

    static List<List<String>> seriesKeys(JFreeChart chart) {
        List<List<String>> keys = new ArrayList<>();
        collect(chart.getPlot(), keys);
        return keys;
    }

    static List<String> allKeys(JFreeChart chart) {
        return seriesKeys(chart).stream().flatMap(List::stream).toList();
    }

    static List<String> columnKeys(JFreeChart chart) {
        CategoryDataset dataset = ((CategoryPlot) chart.getPlot()).getDataset();
        return names(dataset.getColumnKeys());
    }

    /** JFreeChart hands out raw lists of keys. */
    private static List<String> names(List<?> keys) {
        List<String> names = new ArrayList<>();
        for (Object key : keys) {
            names.add(String.valueOf(key));
        }
        return names;
    }

    private static void collect(Plot plot, List<List<String>> keys) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            combined.getSubplots().forEach(p -> collect(p, keys));
        } else if (plot instanceof CombinedRangeXYPlot combined) {
            combined.getSubplots().forEach(p -> collect(p, keys));
        } else if (plot instanceof XYPlot xy) {
            for (int d = 0; d < xy.getDatasetCount(); d++) {
                XYDataset dataset = xy.getDataset(d);
                if (dataset != null) {
                    List<String> names = new ArrayList<>();
                    for (int s = 0; s < dataset.getSeriesCount(); s++) {
                        names.add(String.valueOf(dataset.getSeriesKey(s)));
                    }
                    keys.add(names);
                }
            }
        } else if (plot instanceof CategoryPlot category) {
            keys.add(names(category.getDataset().getRowKeys()));
        }
    }
}
