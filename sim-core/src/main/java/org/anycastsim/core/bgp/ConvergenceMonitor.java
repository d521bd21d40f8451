package org.anycastsim.core.bgp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.anycastsim.core.forward.FibListener;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.net.Prefix;

/**
 * Measures control-plane convergence per injected event: the event opens a window; every RIB or
 * FIB change and every UPDATE sent until the next event is attributed to it. The window's
 * convergence time is its last change minus its start.
 *
 * <p>A run that never settles (a policy with no stable solution, e.g. BAD GADGET) would run
 * forever; when a window exceeds a bound on UPDATEs or on simulated time while routes still change,
 * it is marked not converged and the simulation is stopped.
 */
public final class ConvergenceMonitor implements BgpListener, FibListener {

    /** One event's convergence. */
    public record Window(String label, long startNanos, long lastChangeNanos, long updates, long routeChanges,
            boolean converged) {
        /** Seconds from the event to its last routing change (0 when it changed nothing). */
        public double convergenceSeconds() {
            return SimTime.toSeconds(Math.max(0, lastChangeNanos - startNanos));
        }
    }

    private final Simulator simulator;
    private final long maxUpdates;
    private final long maxNanos;
    private final List<Window> closed = new ArrayList<>();
    private String label;
    private long start;
    private long lastChange;
    private long updates;
    private long changes;
    private boolean diverged;

    /**
     * @param maxUpdates  UPDATEs one window may cause before it is declared divergent
     * @param maxNanos    simulated time after the event during which routes may still change
     */
    public ConvergenceMonitor(Simulator simulator, long maxUpdates, long maxNanos) {
        this.simulator = simulator;
        this.maxUpdates = maxUpdates;
        this.maxNanos = maxNanos;
        open("initial convergence");
    }

    /** Closes the current window and opens one for a new event, now. */
    public void open(String eventLabel) {
        if (label != null) {
            closed.add(current());
        }
        label = eventLabel;
        start = simulator.now();
        lastChange = start;
        updates = 0;
        changes = 0;
        diverged = false;
    }

    /** The window being measured, as of now. */
    public Window current() {
        return new Window(label, start, lastChange, updates, changes, !diverged);
    }

    /** Every window so far, the current one last. */
    public List<Window> windows() {
        List<Window> all = new ArrayList<>(closed);
        all.add(current());
        return Collections.unmodifiableList(all);
    }

    public boolean diverged() {
        return diverged;
    }

    @Override
    public void messageSent(long time, Session from, BgpMessage message) {
        if (message instanceof BgpMessage.Update) {
            updates++;
            check(time);
        }
    }

    @Override
    public void bestPathChanged(long time, Speaker speaker, Prefix prefix, Decision before, Decision after) {
        changed(time);
    }

    @Override
    public void fibChanged(int nodeId, Prefix prefix) {
        changed(simulator.now());
    }

    private void changed(long time) {
        lastChange = time;
        changes++;
        check(time);
    }

    private void check(long time) {
        if (!diverged && (updates > maxUpdates || time - start > maxNanos)) {
            diverged = true;
            simulator.stop();
        }
    }
}
