package org.anycastsim.core.host;

import java.util.Map;
import org.anycastsim.core.kernel.RandomStream;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.kernel.Timer;
import org.anycastsim.core.metrics.EventLog;
import org.anycastsim.core.metrics.LogKind;
import org.anycastsim.core.net.ControlServer;

/**
 * A control server's watch over one server: missed probes, what it believes, and the recovery of
 * a dead box, "using the IPMI management interface and, if that fails, a power cycle from the
 * fancy power strip (PDU)". IPMI and PDU are reached out of band: they work whatever the data
 * network does. One re-armed timer drives the recovery.
 *
 * <p>Recovery: IPMI reset command ({@code ipmiSeconds}; it takes with {@code ipmiSuccessProbability},
 * drawn from {@code host.<name>.ipmi}), then wait up to {@code bootTimeoutSeconds} for an answer;
 * without one, PDU power cycle (outlet off {@code pduOffSeconds}, the box powers on with
 * {@code pduSuccessProbability}, from {@code host.<name>.pdu}), wait again; without an answer, an
 * ALERT for hands on site. Any answered probe ends the recovery (the agent verifies the box).
 */
final class ServerWatch {
    private enum Step { NONE, IPMI, AWAIT_AFTER_IPMI, PDU_OFF, AWAIT_AFTER_PDU }

    final ServerHost host;
    int missed;
    WatchStatus status = WatchStatus.ALIVE;
    private final EventLog log;
    private final ControlServer observer;
    private final ControlConfig config;
    private final PopReach reach;
    private final RandomStream ipmi;
    private final RandomStream pdu;
    private final Timer timer;
    private Step step = Step.NONE;

    ServerWatch(Simulator simulator, EventLog log, ControlServer observer, ControlConfig config, PopReach reach,
            ServerHost host) {
        this.host = host;
        this.log = log;
        this.observer = observer;
        this.config = config;
        this.reach = reach;
        this.ipmi = simulator.random().stream("host." + host.name() + ".ipmi");
        this.pdu = simulator.random().stream("host." + host.name() + ".pdu");
        this.timer = simulator.timer(this::advance);
    }

    /** Declared dead: starts with an IPMI reboot. */
    void beginRecovery() {
        status = WatchStatus.RECOVERING;
        step = Step.IPMI;
        log.log(LogKind.INFO, "ipmi-reboot", host.server(), "IPMI reboot of " + host.name(), fields());
        timer.armAfter(SimTime.seconds(config.ipmiSeconds()));
    }

    /** An operator restores the box: wait for its answer, never escalate. */
    void operatorTakesOver() {
        cancel();
        status = WatchStatus.RECOVERING;
    }

    /** Ends any recovery step (the box answers again). */
    void cancel() {
        timer.cancel();
        step = Step.NONE;
    }

    private void advance() {
        switch (step) {
            case IPMI -> {
                if (ipmi.bernoulli(config.ipmiSuccessProbability())) {
                    host.boot("IPMI reset");
                }
                await(Step.AWAIT_AFTER_IPMI);
            }
            case AWAIT_AFTER_IPMI -> {
                if (cutOff()) {
                    return;
                }
                log.log(LogKind.DETECTION, "no-answer", host.server(),
                        "no answer from " + host.name() + " after the IPMI reboot", fields());
                log.log(LogKind.INFO, "pdu-cycle", host.server(), "PDU power cycle of " + host.name(), fields());
                host.powerOff("PDU power cycle");
                step = Step.PDU_OFF;
                timer.armAfter(SimTime.seconds(config.pduOffSeconds()));
            }
            case PDU_OFF -> {
                if (pdu.bernoulli(config.pduSuccessProbability())) {
                    host.boot("PDU power cycle");
                }
                await(Step.AWAIT_AFTER_PDU);
            }
            case AWAIT_AFTER_PDU -> {
                if (cutOff()) {
                    return;
                }
                step = Step.NONE;
                status = WatchStatus.GIVEN_UP;
                log.log(LogKind.ALERT, "needs-hands", host.server(), host.name()
                        + " did not come back after an IPMI reboot and a PDU power cycle: needs hands on site", fields());
            }
            case NONE -> { }
        }
    }

    private void await(Step next) {
        step = next;
        timer.armAfter(SimTime.seconds(config.bootTimeoutSeconds()));
    }

    /** The network failed while waiting: the silence proves nothing; do not power-cycle. */
    private boolean cutOff() {
        reach.compute();
        if (reach.attachmentReachable(host.server())) {
            return false;
        }
        step = Step.NONE;
        status = WatchStatus.CUT_OFF;
        log.log(LogKind.ALERT, "servers-unreachable", host.server(), host.name()
                + " unreachable over the data network while recovering: no further power cycles", fields());
        return true;
    }

    private Map<String, String> fields() {
        return Map.of("observer", observer.name());
    }
}
