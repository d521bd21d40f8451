/**
 * Traffic: what the seed's claims are about, made measurable.
 *
 * <ul>
 *   <li>{@link org.anycastsim.core.traffic.demand} says who asks for what and how much (weights,
 *       diurnal profile, flash crowds, DDoS).</li>
 *   <li>{@link org.anycastsim.core.traffic.FluidLoad} pushes the demand as a fluid through the
 *       current FIBs (splitting at every ECMP group by exact hash-space shares) to PoPs and servers:
 *       exact offered, served and dropped rates and their integrals, and the host layer's
 *       {@link org.anycastsim.core.host.LoadView}. {@link org.anycastsim.core.traffic.LoadAggregates}
 *       sums it per PoP, service, client and run.</li>
 *   <li>{@link org.anycastsim.core.traffic.session} simulates a sample of individual DNS, HTTP and
 *       HTTPS sessions on top, with real 5-tuples, and counts the TCP sessions that break when
 *       anycast moves them.</li>
 *   <li>{@link org.anycastsim.core.traffic.PathWalker} walks traffic with the rules of
 *       {@link org.anycastsim.core.forward.PathResolver}; {@link org.anycastsim.core.traffic.Queueing}
 *       turns load into waiting time (M/M/c).</li>
 *   <li>{@link org.anycastsim.core.traffic.Traffic} wires it all into a run;
 *       {@link org.anycastsim.core.traffic.TrafficProbe} writes its time series;
 *       {@link org.anycastsim.core.traffic.TrafficBenchmark} measures its speed.</li>
 * </ul>
 */
package org.anycastsim.core.traffic;
