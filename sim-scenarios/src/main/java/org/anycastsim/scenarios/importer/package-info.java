/**
 * Readers for public topology data: Internet Topology Zoo GraphML backbones and CAIDA AS
 * relationship dumps. They produce neutral, immutable models that know nothing of the
 * simulator; scenario builders turn them into routers, links and BGP sessions.
 *
 * <p>Every problem with a file is reported as an {@link
 * org.anycastsim.scenarios.input.InputException} naming the file, line and column.
 */
package org.anycastsim.scenarios.importer;
