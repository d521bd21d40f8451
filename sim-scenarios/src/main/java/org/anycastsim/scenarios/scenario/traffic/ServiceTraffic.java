package org.anycastsim.scenarios.scenario.traffic;

import org.anycastsim.scenarios.scenario.source.Where;

/** The total demand for one service, over all clients: {@code dns: {rate: 1.5M rps}}. */
public record ServiceTraffic(String service, double rateRps, Where where) {}
