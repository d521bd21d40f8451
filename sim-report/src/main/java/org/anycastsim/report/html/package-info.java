/**
 * The HTML pages: {@code report.html} for a run, a drill suite or a sweep.
 *
 * <p>Pages are self-contained: the style sheet is inline and nothing is fetched from the
 * network; charts are PNG files beside the page (in {@code charts/}), linked to their SVG
 * twins, so that a report folder can be zipped, mailed or served as it is. Every piece of
 * text from the run's files (scenario names, descriptions, event details come from user
 * scenario files) goes through {@link org.anycastsim.report.html.Html#text}; markup is
 * only ever written by this package.
 */
package org.anycastsim.report.html;
