/**
 * The kernel-independent core of BGP-4 (RFC 4271): path attributes, routes and the decision
 * process, with the Cisco/FRR extensions network engineers expect (weight, locally originated
 * routes, always-compare-med, deterministic-med, missing-MED-as-worst, multipath and
 * multipath-relax) and route reflection's tie-breakers (RFC 4456 9).
 *
 * <p>Nothing here knows about time, sessions or messages. A speaker keeps, per prefix, the
 * routes its peers sent (after the import {@link org.anycastsim.core.bgp.policy.Policy}) and asks a
 * {@link org.anycastsim.core.bgp.DecisionProcess} for the {@link org.anycastsim.core.bgp.Decision}:
 * the best route to advertise and the ECMP set to install. In the anycast PoP model every
 * server's iBGP route has an empty AS path and its weight as MED, so MEDs compare, the lowest
 * wins, and servers with equal MED share the PoP router's ECMP set.
 *
 * <p>Values are immutable and compact ({@code int} addresses, ASNs and communities, {@code int[]}
 * paths); 32-bit quantities are unsigned and compared with {@link Integer#compareUnsigned}.
 */
package org.anycastsim.core.bgp;
