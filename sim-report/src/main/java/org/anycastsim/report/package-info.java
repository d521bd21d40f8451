/**
 * Turns a finished run's output folder into pictures and a page.
 *
 * <p>A run, a drill suite or a sweep writes plain files (see {@code docs/OUTPUT-FORMAT.md});
 * {@link org.anycastsim.report.ReportRenderer} reads them back and writes PNG and SVG charts
 * and a self-contained {@code report.html} beside them. The module works from files only, so
 * a report can be re-rendered long after the run, on another machine, and knows nothing of
 * the command line or of scenario files.
 *
 * <ul>
 *   <li>{@code report.data}: the typed records of a run and the readers of its files;</li>
 *   <li>{@code report.export}: the writers of the same files, for the simulator side;</li>
 *   <li>{@code report.chart}: the JFreeChart charts and their PNG / SVG files;</li>
 *   <li>{@code report.narrative}: the step-by-step story told from the event log;</li>
 *   <li>{@code report.html}: the HTML pages.</li>
 * </ul>
 */
package org.anycastsim.report;
