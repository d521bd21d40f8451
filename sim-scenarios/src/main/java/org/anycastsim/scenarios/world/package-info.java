/**
 * Built-in worlds: the graph (ASes, routers, switches, servers, control servers, eyeball
 * networks, links), the BGP sessions the BGP layer is to instantiate
 * ({@link org.anycastsim.core.net.SessionPlan}), and what is known about the parts
 * ({@link org.anycastsim.scenarios.world.World}).
 *
 * <p>The main world is {@link org.anycastsim.scenarios.world.Cloudflare2013}, configured by
 * {@link org.anycastsim.scenarios.world.Cloudflare2013Options}; every assumption it makes is in
 * MODELLING-ASSUMPTIONS.md ("The cloudflare-2013 world"). {@link
 * org.anycastsim.scenarios.world.BuiltInTopologies} names it and two teaching worlds; {@link
 * org.anycastsim.scenarios.world.ZooBackbone} and {@link
 * org.anycastsim.scenarios.world.AsGraphTopology} turn Topology Zoo and CAIDA inputs into worlds.
 * {@link org.anycastsim.scenarios.world.Catchments} reads, from a running model, where each
 * eyeball network of a world lands and why.
 */
package org.anycastsim.scenarios.world;
