/**
 * The story of a run in words: the event log retold step by step in the terms of the
 * design being simulated ("DNS crashed on SJC-s03", "the monitor on SJC-s03 detected it",
 * "SJC-r1 now sends that prefix to SJC-s04"), strictly in time order, with floods of
 * routing changes collapsed into one line, and the key figures a post-mortem quotes.
 */
package org.anycastsim.report.narrative;
