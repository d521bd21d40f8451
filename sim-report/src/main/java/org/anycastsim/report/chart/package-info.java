/**
 * The charts of a run, a suite and a sweep, drawn with JFreeChart and written as PNG (for
 * the page and for slides) and SVG (for print and for zooming into a busy second).
 *
 * <p>Every chart class builds a {@link org.anycastsim.report.chart.ChartOutcome}: a chart
 * to draw, or the reason it was skipped (its metrics are absent), so that the page can say
 * what it does not show instead of silently showing less. {@link org.anycastsim.report.chart.ChartTheme}
 * keeps fonts large enough for a projector and {@link org.anycastsim.report.chart.Palette}
 * gives each PoP the same colour in every chart.
 */
package org.anycastsim.report.chart;
