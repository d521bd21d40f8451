/**
 * Reporting of bad input files. Every reader of user-supplied files (scenarios, topologies,
 * AS relationship dumps) signals a problem with the file as an {@link
 * org.anycastsim.scenarios.input.InputException}, which the CLI prints as one compiler-style
 * line and turns into exit status 2, with no stack trace.
 */
package org.anycastsim.scenarios.input;
