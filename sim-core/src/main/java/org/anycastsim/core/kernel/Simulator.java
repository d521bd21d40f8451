package org.anycastsim.core.kernel;

/**
 * The discrete-event kernel: a clock, the pending-event list, and the loop that runs events in
 * time order. Events scheduled for the same instant run in the order they were scheduled
 * (FIFO), so a run is deterministic, bit for bit, for a given seed.
 *
 * <p>Scheduling returns a {@code long} handle (no allocation) that can cancel or move the event
 * while it is pending; {@link #NO_EVENT} never names a pending event.
 */
public final class Simulator {
    /** A handle that never names a pending event; a convenient initial value for fields. */
    public static final long NO_EVENT = -1L;

    private final EventList events;
    private final RandomStreams random;
    private long now;
    private long executed;
    private boolean stopRequested;
    private EventListener listener;

    public Simulator(long masterSeed) {
        this(masterSeed, 1024);
    }

    public Simulator(long masterSeed, int expectedPendingEvents) {
        this.events = new EventList(expectedPendingEvents);
        this.random = new RandomStreams(masterSeed);
    }

    /** The current simulated time in nanoseconds. */
    public long now() {
        return now;
    }

    /** The named random streams of this run (one master seed, one stream per component). */
    public RandomStreams random() {
        return random;
    }

    /** Schedules {@code event} at absolute time {@code time} (not before {@link #now()}). */
    public long schedule(long time, Event event) {
        if (time < now) {
            throw new IllegalArgumentException("cannot schedule in the past: " + SimTime.format(time)
                    + " < now " + SimTime.format(now));
        }
        if (event == null) {
            throw new NullPointerException("event");
        }
        return events.add(time, event);
    }

    /** Schedules {@code event} after {@code delay} nanoseconds (0 means "now, after the events already due"). */
    public long scheduleAfter(long delay, Event event) {
        if (delay < 0) {
            throw new IllegalArgumentException("negative delay: " + delay + " ns");
        }
        return schedule(Math.addExact(now, delay), event);
    }

    /** Cancels a pending event; returns false if it already ran, was cancelled, or never existed. */
    public boolean cancel(long handle) {
        return events.cancel(handle);
    }

    /**
     * Moves a pending event to {@code time}, as if it were cancelled and scheduled again now (it
     * runs after events already scheduled for that time). Returns the handle to use from now on
     * (the same one when the event moves later), or {@link #NO_EVENT} if {@code handle} was not
     * pending.
     */
    public long reschedule(long handle, long time) {
        if (time < now) {
            throw new IllegalArgumentException("cannot schedule in the past: " + SimTime.format(time));
        }
        return events.reschedule(handle, time);
    }

    public boolean isPending(long handle) {
        return events.isPending(handle);
    }

    /** The time a pending event will run at, or {@link SimTime#NEVER}. */
    public long timeOf(long handle) {
        return events.timeOf(handle);
    }

    /** A re-armable timer that fires {@code action}; see {@link Timer}. */
    public Timer timer(Event action) {
        return new Timer(this, action);
    }

    /** Runs until no event is left or {@link #stop()} is called. */
    public void run() {
        runUntil(SimTime.NEVER);
    }

    /**
     * Runs every event due at or before {@code endTime}, then advances the clock to
     * {@code endTime} (unless stopped early or {@code endTime} is {@link SimTime#NEVER}).
     */
    public void runUntil(long endTime) {
        stopRequested = false;
        EventList list = events;
        while (!stopRequested && !list.isEmpty() && list.minTime() <= endTime) {
            runNext();
        }
        if (!stopRequested && endTime != SimTime.NEVER && endTime > now) {
            now = endTime;
        }
    }

    /** Runs the single earliest event, if any; returns whether one ran. */
    public boolean step() {
        if (events.isEmpty()) {
            return false;
        }
        runNext();
        return true;
    }

    /** Advances the clock to the earliest event and runs it (the list is not empty). */
    private void runNext() {
        now = events.minTime();
        Event event = events.poll();
        executed++;
        if (listener != null) {
            listener.beforeEvent(now, event);
        }
        event.fire();
    }

    /** Asks the running loop to return after the current event. */
    public void stop() {
        stopRequested = true;
    }

    public boolean isStopRequested() {
        return stopRequested;
    }

    public int pendingEvents() {
        return events.size();
    }

    /** Entries the event list physically holds, cancelled ones not yet dropped included. */
    public int heldEntries() {
        return events.physicalSize();
    }

    public long executedEvents() {
        return executed;
    }

    /** Attaches (or with null detaches) the listener told about every executed event. */
    public void setListener(EventListener listener) {
        this.listener = listener;
    }
}
