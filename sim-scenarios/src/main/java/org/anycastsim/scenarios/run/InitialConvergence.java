package org.anycastsim.scenarios.run;

import org.anycastsim.core.bgp.BgpListener;
import org.anycastsim.core.bgp.BgpProfile;
import org.anycastsim.core.bgp.Decision;
import org.anycastsim.core.bgp.Speaker;
import org.anycastsim.core.forward.FibListener;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.net.Prefix;

/**
 * Starts a model and runs it until BGP has settled: until no best path and no FIB entry has
 * changed for a quiet period. The period must outlast the MRAI: right after start-up every
 * speaker sends its first UPDATEs at once, then nothing moves until the 30 s eBGP MRAI timers let
 * the second wave through, so a shorter quiet period would mistake that pause for convergence.
 * The default is twice the longest MRAI of the model's BGP profile (60 s with RFC timers).
 *
 * <p>Besides the simulated instant of the last change it records the wall time, kernel events
 * and UPDATEs spent until then, which is what {@code bench bgp} reports.
 */
public final class InitialConvergence {
    /** Simulated time run between two checks of the quiet period. */
    private static final long STEP_NANOS = SimTime.seconds(1);
    /** The quiet period when the profile has no MRAI at all. */
    private static final long MIN_QUIET_NANOS = SimTime.seconds(1);
    /** Simulated time after which a start-up that still changes routes is declared not converged. */
    public static final long DEFAULT_LIMIT_NANOS = SimTime.seconds(3600);

    /**
     * The outcome.
     *
     * @param converged        routes were quiet for the quiet period before the limit (and BGP did not diverge)
     * @param lastChangeNanos  simulated instant of the last best-path or FIB change (the convergence time)
     * @param stoppedAtNanos   simulated instant the run stopped at (last change plus the quiet period)
     * @param updates          UPDATEs sent by the end of the run (none are sent while routes are quiet)
     * @param routeChanges     best-path and FIB changes (one UPDATE may carry many prefixes; these count each)
     * @param events           kernel events executed until the last change
     * @param wallNanos        wall time from start-up to the last change
     * @param totalWallNanos   wall time of the whole run, quiet period included
     */
    public record Result(boolean converged, long lastChangeNanos, long stoppedAtNanos, long updates,
            long routeChanges, long events, long wallNanos, long totalWallNanos) {
        public double eventsPerWallSecond() {
            return wallNanos > 0 ? events / (wallNanos / 1e9) : Double.POSITIVE_INFINITY;
        }
    }

    private InitialConvergence() {}

    /** Twice the longest MRAI of the profile's sessions, at least one second. */
    public static long quietPeriod(BgpProfile profile) {
        long mrai = Math.max(profile.ebgp().mraiNanos(), Math.max(profile.ibgp().mraiNanos(), profile.server().mraiNanos()));
        return Math.max(MIN_QUIET_NANOS, 2 * mrai);
    }

    /** Starts the model and runs it until quiet, with the default quiet period and limit. */
    public static Result run(AnycastModel model) {
        return run(model, quietPeriod(model.config().bgp()), DEFAULT_LIMIT_NANOS);
    }

    /** Starts the (not yet started) model and runs it until routes were quiet for {@code quietNanos}. */
    public static Result run(AnycastModel model, long quietNanos, long limitNanos) {
        Simulator sim = model.simulator();
        ChangeClock clock = new ChangeClock(model);
        model.bgp().addListener(clock);
        model.forwarding().addListener(clock);
        try {
            clock.reset();
            model.start();
            boolean quiet = false;
            while (!model.convergence().diverged() && sim.now() < limitNanos) {
                sim.runUntil(Math.min(limitNanos, sim.now() + STEP_NANOS));
                if (sim.now() - clock.simNanos >= quietNanos) {
                    quiet = true;
                    break;
                }
            }
            long totalWall = System.nanoTime() - clock.wallStart;
            return new Result(quiet && !model.convergence().diverged(), clock.simNanos, sim.now(),
                    model.bgp().updatesSent(), clock.changes, clock.events, clock.wallNanos, totalWall);
        } finally {
            model.bgp().removeListener(clock);
            model.forwarding().removeListener(clock);
        }
    }

    /** Remembers when (simulated and wall time) routes last changed, and how many events it had taken. */
    private static final class ChangeClock implements BgpListener, FibListener {
        private final AnycastModel model;
        long wallStart;
        long simNanos;
        long wallNanos;
        long changes;
        long events;

        ChangeClock(AnycastModel model) {
            this.model = model;
        }

        void reset() {
            wallStart = System.nanoTime();
            simNanos = model.simulator().now();
        }

        @Override
        public void bestPathChanged(long time, Speaker speaker, Prefix prefix, Decision before, Decision after) {
            changed();
        }

        @Override
        public void fibChanged(int nodeId, Prefix prefix) {
            changed();
        }

        private void changed() {
            simNanos = model.simulator().now();
            wallNanos = System.nanoTime() - wallStart;
            events = model.simulator().executedEvents();
            changes++;
        }
    }
}
