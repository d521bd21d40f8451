package org.anycastsim.scenarios.scenario.topology;

import org.anycastsim.scenarios.scenario.source.Where;

/** An autonomous system of an explicit network: {@code {asn: 1, name: origin}}. */
public record AsSpec(int asn, String name, Where where) {}
