package org.anycastsim.scenarios.scenario.topology;

import java.util.Optional;
import java.util.OptionalInt;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * A router of an explicit network.
 *
 * @param name     unique node name
 * @param asn      the AS it belongs to (declared under {@code ases})
 * @param routerId the BGP router ID as an IPv4 address; empty: the loopback the runner assigns
 * @param location where it is, for link delays computed from distance
 */
public record RouterSpec(String name, int asn, OptionalInt routerId, Optional<GeoPoint> location, Where where) {}
