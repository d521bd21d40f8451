package org.anycastsim.core.host;

import java.util.Objects;
import org.anycastsim.core.kernel.Distribution;

/**
 * The PoP's control server and the servers' management hardware: "A monitor process on a control
 * server within the data center attempts to reboot the box using the IPMI management interface
 * and, if that fails, a power cycle from the fancy power strip (PDU). After the monitor process
 * has verified the box has come back up cleanly, Bird is restarted".
 *
 * @param probeIntervalSeconds   how often each server of the PoP is probed (default 2 s)
 * @param probeTimeoutSeconds    how long a probe waits for its answer (default 1 s; at most the
 *                               interval)
 * @param missedProbes           consecutive unanswered probes that declare a server lost (default 3)
 * @param ipmiSuccessProbability the chance that an IPMI reset takes (default 0.8)
 * @param ipmiSeconds            how long the IPMI reset command takes before the box resets
 *                               (default 30 s)
 * @param pduSuccessProbability  the chance that a PDU power cycle brings the box back (default 1)
 * @param pduOffSeconds          how long the PDU keeps the outlet off (default 10 s)
 * @param bootSeconds            boot time after a reset or power-on (default uniform 60 to 120 s)
 * @param bootTimeoutSeconds     how long the control server waits for the box to answer after an
 *                               IPMI reset or a power cycle before it escalates (default 150 s)
 * @param massVanishFraction     when more than this fraction of the PoP's servers (and at least
 *                               two) are lost in one probe round although their switch answers,
 *                               the control server suspects the network, raises an ALERT and
 *                               power-cycles nobody (default 0.5)
 */
public record ControlConfig(double probeIntervalSeconds, double probeTimeoutSeconds, int missedProbes,
        double ipmiSuccessProbability, double ipmiSeconds, double pduSuccessProbability, double pduOffSeconds,
        Distribution bootSeconds, double bootTimeoutSeconds, double massVanishFraction) {

    public static final ControlConfig DEFAULTS = new ControlConfig(2.0, 1.0, 3, 0.8, 30.0, 1.0, 10.0,
            new Distribution.Uniform(60, 120), 150.0, 0.5);

    public ControlConfig {
        Objects.requireNonNull(bootSeconds, "bootSeconds");
        if (!(probeIntervalSeconds > 0 && probeTimeoutSeconds > 0 && probeTimeoutSeconds <= probeIntervalSeconds)) {
            throw new IllegalArgumentException("need 0 < probe timeout <= probe interval: "
                    + probeTimeoutSeconds + ", " + probeIntervalSeconds);
        }
        if (missedProbes < 1) {
            throw new IllegalArgumentException("missedProbes must be >= 1: " + missedProbes);
        }
        requireProbability(ipmiSuccessProbability, "ipmiSuccessProbability");
        requireProbability(pduSuccessProbability, "pduSuccessProbability");
        requireProbability(massVanishFraction, "massVanishFraction");
        if (!(ipmiSeconds >= 0 && pduOffSeconds >= 0 && bootTimeoutSeconds > 0)) {
            throw new IllegalArgumentException("IPMI and PDU durations must be >= 0, the boot timeout > 0");
        }
    }

    private static void requireProbability(double p, String what) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1]: " + p);
        }
    }

    public ControlConfig withProbes(double intervalSeconds, double timeoutSeconds, int missed) {
        return new ControlConfig(intervalSeconds, timeoutSeconds, missed, ipmiSuccessProbability, ipmiSeconds,
                pduSuccessProbability, pduOffSeconds, bootSeconds, bootTimeoutSeconds, massVanishFraction);
    }

    public ControlConfig withIpmi(double successProbability, double seconds) {
        return new ControlConfig(probeIntervalSeconds, probeTimeoutSeconds, missedProbes, successProbability, seconds,
                pduSuccessProbability, pduOffSeconds, bootSeconds, bootTimeoutSeconds, massVanishFraction);
    }

    public ControlConfig withPdu(double successProbability, double offSeconds) {
        return new ControlConfig(probeIntervalSeconds, probeTimeoutSeconds, missedProbes, ipmiSuccessProbability,
                ipmiSeconds, successProbability, offSeconds, bootSeconds, bootTimeoutSeconds, massVanishFraction);
    }

    public ControlConfig withBoot(Distribution seconds, double timeoutSeconds) {
        return new ControlConfig(probeIntervalSeconds, probeTimeoutSeconds, missedProbes, ipmiSuccessProbability,
                ipmiSeconds, pduSuccessProbability, pduOffSeconds, seconds, timeoutSeconds, massVanishFraction);
    }

    public ControlConfig withMassVanishFraction(double v) {
        return new ControlConfig(probeIntervalSeconds, probeTimeoutSeconds, missedProbes, ipmiSuccessProbability,
                ipmiSeconds, pduSuccessProbability, pduOffSeconds, bootSeconds, bootTimeoutSeconds, v);
    }
}
