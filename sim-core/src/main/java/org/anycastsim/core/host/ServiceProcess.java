package org.anycastsim.core.host;

import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.kernel.Timer;

/**
 * One service's process on one server (a DNS server, the proxy, the cache, the log shipper). A
 * process serves only while it is {@link ProcessState#RUNNING} on a box that is up. Its restart
 * completes through one re-armed timer, so a restart allocates nothing.
 */
public final class ServiceProcess {
    private final ServerHost host;
    private final int serviceIndex;
    private final String service;
    private final double capacityRps;
    private final int workerSlots;
    private final Timer startTimer;
    private ProcessState state = ProcessState.CRASHED;

    ServiceProcess(Simulator simulator, ServerHost host, int serviceIndex, String service, double capacityRps,
            int workerSlots) {
        this.host = host;
        this.serviceIndex = serviceIndex;
        this.service = service;
        this.capacityRps = capacityRps;
        this.workerSlots = workerSlots;
        this.startTimer = simulator.timer(this::started);
    }

    public String service() {
        return service;
    }

    int serviceIndex() {
        return serviceIndex;
    }

    public ProcessState state() {
        return state;
    }

    public boolean isRunning() {
        return state == ProcessState.RUNNING;
    }

    /** Requests per second it serves with all worker slots busy. */
    public double capacityRps() {
        return capacityRps;
    }

    /** The {@code c} of its M/M/c queue. */
    public int workerSlots() {
        return workerSlots;
    }

    /** Dies (a crash, or the box going down); a pending start is abandoned. */
    void crash() {
        startTimer.cancel();
        state = ProcessState.CRASHED;
    }

    /** Starts; it runs after {@code delayNanos}. */
    void start(long delayNanos) {
        state = ProcessState.STARTING;
        startTimer.armAfter(delayNanos);
    }

    /** Runs at once (the box has just booted with it). */
    void runNow() {
        startTimer.cancel();
        state = ProcessState.RUNNING;
    }

    private void started() {
        state = ProcessState.RUNNING;
        host.processStarted(this);
    }

    @Override
    public String toString() {
        return service + "@" + host.name() + "[" + state + "]";
    }
}
