package org.anycastsim.scenarios.scenario.hosts;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.anycastsim.core.kernel.Distribution;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * The PoP control server ({@code hosts.controlServer}), which notices dead servers and reboots
 * them, by IPMI first and by power cycle (PDU) if that fails. Distributions are in seconds.
 *
 * @param probeInterval how often it probes each server
 * @param probeTimeout  how long a probe waits for an answer
 * @param ipmiSuccess   the probability that an IPMI reboot works
 * @param ipmiDuration  how long an IPMI reboot attempt takes
 * @param pduDuration   how long a power cycle takes
 * @param boot          how long a server takes to boot
 */
public record ControlServerSpec(OptionalLong probeInterval, OptionalLong probeTimeout, OptionalDouble ipmiSuccess,
        Optional<Distribution> ipmiDuration, Optional<Distribution> pduDuration, Optional<Distribution> boot,
        Where where) {

    public static ControlServerSpec none(Where where) {
        return new ControlServerSpec(OptionalLong.empty(), OptionalLong.empty(), OptionalDouble.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), where);
    }
}
