package org.anycastsim.scenarios.scenario.topology;

import org.anycastsim.scenarios.scenario.source.Where;

/**
 * A client network of an explicit network: users behind {@code router}, with a share of the
 * demand proportional to {@code weight}.
 */
public record ClientSpec(String name, String router, double weight, Where where) {}
