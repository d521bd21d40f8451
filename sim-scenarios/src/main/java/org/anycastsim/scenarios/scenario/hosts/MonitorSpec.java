package org.anycastsim.scenarios.scenario.hosts;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.anycastsim.core.kernel.Distribution;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * The monitor daemon on every server ({@code hosts.monitor}); absent fields keep the simulator's
 * defaults.
 *
 * @param interval           how often it checks its processes
 * @param failuresToWithdraw failed checks in a row before it withdraws a service's prefixes
 * @param passesToAnnounce   passed checks in a row before it announces them again
 * @param restart            how long a process restart takes, in seconds
 * @param highWater          utilisation above which it sheds load (withdraws some routes)
 * @param lowWater           utilisation below which it announces them again
 */
public record MonitorSpec(OptionalLong interval, OptionalInt failuresToWithdraw, OptionalInt passesToAnnounce,
        Optional<Distribution> restart, OptionalDouble highWater, OptionalDouble lowWater, Where where) {

    public static MonitorSpec none(Where where) {
        return new MonitorSpec(OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), where);
    }
}
