/**
 * {@code anycast-sim traceroute}: reading a place as a person names it ({@link
 * org.anycastsim.scenarios.traceroute.Places}) and tracing one UDP packet from there through a
 * converged model's FIBs ({@link org.anycastsim.scenarios.traceroute.Traceroute}).
 */
package org.anycastsim.scenarios.traceroute;
