/**
 * Geography for the simulated WAN: points on the Earth, great-circle distances and the
 * propagation delay of a fibre link between two sites.
 *
 * <p>Anycast sends each client to the "closest" PoP in BGP terms, and the latency a client
 * then sees is dominated by distance. These types turn the coordinates of PoPs, backbone
 * routers and client countries into link delays for the event kernel.
 */
package org.anycastsim.core.geo;
