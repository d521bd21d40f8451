package org.anycastsim.core.host;

import java.util.Objects;
import org.anycastsim.core.kernel.Distribution;

/**
 * The monitor daemon on each server: "We also monitor critical processes on each server. If any
 * of these critical processes fails then it can signal Bird to withdraw a route."
 *
 * @param checkIntervalSeconds   how often every process is checked (default 1 s)
 * @param failuresToWithdraw     consecutive failed checks before the service's prefixes are
 *                               withdrawn and the process restarted (default 2)
 * @param passesToAnnounce       consecutive passed checks after a restart before the prefixes
 *                               are announced again: "after verifying it has come up cleanly"
 *                               (default 2)
 * @param restartSeconds         how long a process takes to come up after a restart (default
 *                               log-normal, median 1.5 s, sigma 0.5)
 * @param loadShedding           whether the monitor sheds load at all (default on)
 * @param highWater              utilisation above which it withdraws some routes (default 0.9)
 * @param lowWater               utilisation below which it announces them again (default 0.6)
 * @param shedHoldDownSeconds    the least time between two shedding steps (withdraw or
 *                               re-announce of one prefix), so that routing and load settle
 *                               before the next step (default 10 s)
 * @param minRoutesPerService    the announced prefixes of each service that shedding never
 *                               withdraws (default 1: a server keeps at least one route of every
 *                               service it serves; 0 lets it give up a service but never all of
 *                               its routes)
 */
public record MonitorConfig(double checkIntervalSeconds, int failuresToWithdraw, int passesToAnnounce,
        Distribution restartSeconds, boolean loadShedding, double highWater, double lowWater,
        double shedHoldDownSeconds, int minRoutesPerService) {

    public static final MonitorConfig DEFAULTS = new MonitorConfig(1.0, 2, 2,
            new Distribution.LogNormal(1.5, 0.5), true, 0.9, 0.6, 10.0, 1);

    public MonitorConfig {
        Objects.requireNonNull(restartSeconds, "restartSeconds");
        if (!(checkIntervalSeconds > 0)) {
            throw new IllegalArgumentException("check interval must be > 0: " + checkIntervalSeconds);
        }
        if (failuresToWithdraw < 1 || passesToAnnounce < 1) {
            throw new IllegalArgumentException("failuresToWithdraw and passesToAnnounce must be >= 1");
        }
        if (!(lowWater >= 0 && lowWater < highWater)) {
            throw new IllegalArgumentException("need 0 <= lowWater < highWater (hysteresis): " + lowWater + ", " + highWater);
        }
        if (!(shedHoldDownSeconds >= 0)) {
            throw new IllegalArgumentException("shed hold-down must be >= 0: " + shedHoldDownSeconds);
        }
        if (minRoutesPerService < 0) {
            throw new IllegalArgumentException("minRoutesPerService must be >= 0: " + minRoutesPerService);
        }
    }

    public MonitorConfig withCheckIntervalSeconds(double v) {
        return new MonitorConfig(v, failuresToWithdraw, passesToAnnounce, restartSeconds, loadShedding, highWater,
                lowWater, shedHoldDownSeconds, minRoutesPerService);
    }

    public MonitorConfig withThresholds(int failures, int passes) {
        return new MonitorConfig(checkIntervalSeconds, failures, passes, restartSeconds, loadShedding, highWater,
                lowWater, shedHoldDownSeconds, minRoutesPerService);
    }

    public MonitorConfig withRestartSeconds(Distribution v) {
        return new MonitorConfig(checkIntervalSeconds, failuresToWithdraw, passesToAnnounce, v, loadShedding, highWater,
                lowWater, shedHoldDownSeconds, minRoutesPerService);
    }

    public MonitorConfig withLoadShedding(boolean v) {
        return new MonitorConfig(checkIntervalSeconds, failuresToWithdraw, passesToAnnounce, restartSeconds, v,
                highWater, lowWater, shedHoldDownSeconds, minRoutesPerService);
    }

    public MonitorConfig withWaterMarks(double high, double low) {
        return new MonitorConfig(checkIntervalSeconds, failuresToWithdraw, passesToAnnounce, restartSeconds,
                loadShedding, high, low, shedHoldDownSeconds, minRoutesPerService);
    }

    public MonitorConfig withShedHoldDownSeconds(double v) {
        return new MonitorConfig(checkIntervalSeconds, failuresToWithdraw, passesToAnnounce, restartSeconds,
                loadShedding, highWater, lowWater, v, minRoutesPerService);
    }

    public MonitorConfig withMinRoutesPerService(int v) {
        return new MonitorConfig(checkIntervalSeconds, failuresToWithdraw, passesToAnnounce, restartSeconds,
                loadShedding, highWater, lowWater, shedHoldDownSeconds, v);
    }
}
