package org.anycastsim.report.chart;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

import java.awt.Paint;
import java.util.List;

/** Bars coloured by whether their run passed: the verdict is readable without the table. */
final class VerdictBarRenderer extends BarRenderer {

    private final List<Boolean> passed;

    /** @param passed the verdict of each column, in column order */
    VerdictBarRenderer(List<Boolean> passed) {
        this.passed = List.copyOf(passed);
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(false);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        return passed.get(column) ? Palette.PASSED : Palette.FAILED;
    }

    static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem("passed", Palette.PASSED));
        items.add(new LegendItem("failed", Palette.FAILED));
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerdictBarRenderer that && passed.equals(that.passed) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + passed.hashCode();
    }
}
