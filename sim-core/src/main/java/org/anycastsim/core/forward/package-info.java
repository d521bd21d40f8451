/**
 * ECMP hashing: how a router spreads flows over the next hops of one prefix.
 *
 * <p>In the 2013 "load balancing without load balancers" design, servers in a PoP announce the
 * service prefixes to the PoP router over iBGP; equal routes form an ECMP group and the router
 * hashes each packet's 5-tuple to pick a server. This package models that last step:
 *
 * <ul>
 *   <li>{@link org.anycastsim.core.forward.FlowHash} hashes a 5-tuple (seeded per router,
 *       allocation-free); {@link org.anycastsim.core.forward.FlowKey} is the tuple as a value.</li>
 *   <li>{@link org.anycastsim.core.forward.NextHopGroup} is the mutable group; its
 *       {@link org.anycastsim.core.forward.HashingScheme} (modulo-N, RFC 2992 hash-threshold,
 *       Linux resilient buckets, Maglev) builds an immutable
 *       {@link org.anycastsim.core.forward.HashMapping} from the hash space to next-hop ids.</li>
 *   <li>{@link org.anycastsim.core.forward.GroupChange} measures which part of the hash space, so
 *       which flows, a change moved: exactly from two mappings, or on a sample of flows.</li>
 * </ul>
 *
 * <p>Removing one of eight equal next hops moves, of all flows: modulo-N 7/8; hash-threshold
 * between 2/7 and 1/2 (3/8 on average); resilient buckets exactly the removed hop's 1/8; Maglev
 * that 1/8 plus about 0.2 % of the remaining flows (see {@code DisruptionTest}).
 */
package org.anycastsim.core.forward;
