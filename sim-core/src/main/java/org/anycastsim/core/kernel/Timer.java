package org.anycastsim.core.kernel;

/**
 * A re-armable timer (BGP keepalive, hold, connect-retry, MRAI, BFD detection, probes).
 * Pushing a pending timer later (a hold timer on every received message) only records the new
 * expiry in the event list, O(1) and with no garbage left behind; see {@link EventList}.
 */
public final class Timer implements Event {
    private final Simulator simulator;
    private final Event action;
    private long handle = Simulator.NO_EVENT;

    Timer(Simulator simulator, Event action) {
        this.simulator = simulator;
        this.action = action;
    }

    /** Arms (or re-arms) the timer to fire at absolute time {@code time}. */
    public void armAt(long time) {
        long moved = simulator.reschedule(handle, time);
        handle = moved != Simulator.NO_EVENT ? moved : simulator.schedule(time, this);
    }

    /** Arms (or re-arms) the timer to fire {@code delay} nanoseconds from now. */
    public void armAfter(long delay) {
        if (delay < 0) {
            throw new IllegalArgumentException("negative delay: " + delay + " ns");
        }
        armAt(Math.addExact(simulator.now(), delay));
    }

    /** Disarms the timer; harmless if it is not armed. */
    public void cancel() {
        simulator.cancel(handle);
        handle = Simulator.NO_EVENT;
    }

    public boolean isArmed() {
        return simulator.isPending(handle);
    }

    /** When the timer will fire, or {@link SimTime#NEVER} when it is not armed. */
    public long expiry() {
        return simulator.timeOf(handle);
    }

    @Override
    public void fire() {
        handle = Simulator.NO_EVENT;
        action.fire();
    }

    @Override
    public String toString() {
        return "Timer[" + action + "]";
    }
}
