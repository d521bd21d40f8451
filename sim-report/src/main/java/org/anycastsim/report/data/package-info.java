/**
 * A finished run as typed values, read from the files the simulator wrote.
 *
 * <p>{@link org.anycastsim.report.data.RunData#load} reads one run folder;
 * {@link org.anycastsim.report.data.SuiteIndex} and {@link org.anycastsim.report.data.SweepTable}
 * read a drill suite and a sweep. {@link org.anycastsim.report.data.OutputFormat} and
 * {@link org.anycastsim.report.data.Metrics} name the files, columns and metrics once, for
 * the readers here and the writers in {@code report.export}: the format has one definition.
 * Any file that breaks the contract is reported as a
 * {@link org.anycastsim.report.data.ReportInputException} naming the file and line.
 */
package org.anycastsim.report.data;
