/**
 * Writers of a run's output files, for the simulator and for anyone producing runs.
 *
 * <p>They use the same names and conventions as the readers in {@code report.data}
 * ({@link org.anycastsim.report.data.OutputFormat}, {@link org.anycastsim.report.data.Csv}),
 * so what one side writes the other reads: the format has a single definition, and the
 * round trip is tested.
 */
package org.anycastsim.report.export;
