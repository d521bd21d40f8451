package org.anycastsim.core.host;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.net.Prefix;

/** A fake BGP daemon that records what the host layer asks of it, with the time. */
final class RecordingDaemon implements BgpDaemon {
    enum Op { START, KILL, ANNOUNCE, WITHDRAW }

    record Call(long time, Op op, Prefix prefix, long weight) {}

    private final Simulator simulator;
    private final List<Call> calls = new ArrayList<>();
    private final Set<Prefix> announced = new HashSet<>();
    private boolean running;

    RecordingDaemon(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void start() {
        running = true;
        calls.add(new Call(simulator.now(), Op.START, null, 0));
    }

    @Override
    public void kill() {
        running = false;
        announced.clear();
        calls.add(new Call(simulator.now(), Op.KILL, null, 0));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void announce(Prefix prefix, long weight) {
        if (!running) {
            throw new IllegalStateException("announce on a daemon that is not running");
        }
        announced.add(prefix);
        calls.add(new Call(simulator.now(), Op.ANNOUNCE, prefix, weight));
    }

    @Override
    public void withdraw(Prefix prefix) {
        if (!running) {
            throw new IllegalStateException("withdraw on a daemon that is not running");
        }
        announced.remove(prefix);
        calls.add(new Call(simulator.now(), Op.WITHDRAW, prefix, 0));
    }

    @Override
    public boolean isAnnounced(Prefix prefix) {
        return announced.contains(prefix);
    }

    List<Call> calls() {
        return calls;
    }

    /** Calls made after {@code time} (strictly). */
    List<Call> callsAfter(long time) {
        return calls.stream().filter(c -> c.time() > time).toList();
    }

    List<Call> calls(Op op) {
        return calls.stream().filter(c -> c.op() == op).toList();
    }

    Set<Prefix> announced() {
        return Set.copyOf(announced);
    }
}
