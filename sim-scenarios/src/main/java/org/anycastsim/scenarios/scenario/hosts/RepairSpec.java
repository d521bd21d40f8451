package org.anycastsim.scenarios.scenario.hosts;

import java.util.Optional;
import org.anycastsim.core.kernel.Distribution;
import org.anycastsim.scenarios.scenario.source.Where;

/** How long repairs of crashed hardware take ({@code hosts.repair}), in seconds. */
public record RepairSpec(Optional<Distribution> switchRepair, Optional<Distribution> routerRepair, Where where) {

    public static RepairSpec none(Where where) {
        return new RepairSpec(Optional.empty(), Optional.empty(), where);
    }
}
