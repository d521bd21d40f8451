/**
 * Sweeps: many runs of one base scenario, each a variant of it, to answer "what if we lose X at
 * peak?" for every X at once. A sweep file ({@link org.anycastsim.scenarios.sweep.load.SweepLoader})
 * names a base scenario and one {@link org.anycastsim.scenarios.sweep.SweepKind}; the
 * {@link org.anycastsim.scenarios.sweep.SweepPlanner} derives and validates the runs, the
 * {@link org.anycastsim.scenarios.sweep.SweepRunner} runs them in parallel, and
 * {@link org.anycastsim.scenarios.sweep.SweepResults} ranks them worst first and writes
 * {@code sweep.csv} and {@code sweep.json} (docs/OUTPUT-FORMAT.md).
 */
package org.anycastsim.scenarios.sweep;
