package org.anycastsim.scenarios.scenario.load;

import java.util.LinkedHashMap;
import java.util.Map;
import org.anycastsim.scenarios.scenario.hosts.ControlServerSpec;
import org.anycastsim.scenarios.scenario.hosts.HostsSpec;
import org.anycastsim.scenarios.scenario.hosts.MonitorSpec;
import org.anycastsim.scenarios.scenario.hosts.RepairSpec;
import org.anycastsim.scenarios.scenario.source.DocNode;
import org.anycastsim.scenarios.scenario.source.DocNode.Entry;
import org.anycastsim.scenarios.scenario.source.Problems;
import org.anycastsim.scenarios.scenario.source.Where;

/** Reads the {@code hosts} section: server capacity and weights, monitor, control server, repairs. */
final class HostsReader {

    private final Problems problems;

    HostsReader(Problems problems) {
        this.problems = problems;
    }

    HostsSpec read(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.HOSTS);
        Where where = f.where();
        Map<String, Double> capacity = new LinkedHashMap<>();
        for (Entry e : f.entries("capacity")) {
            f.value(e.value(), Values::rate).ifPresent(rate -> capacity.put(e.key(), rate));
        }
        Map<String, Long> weights = new LinkedHashMap<>();
        for (Entry e : f.entries("weights")) {
            f.value(e.value(), Values::integer).ifPresent(w -> weights.put(e.key(), w));
        }
        MonitorSpec monitor = f.opt("monitor", this::monitor).orElse(MonitorSpec.none(where));
        ControlServerSpec control = f.opt("controlServer", this::controlServer).orElse(ControlServerSpec.none(where));
        RepairSpec repair = f.opt("repair", this::repair).orElse(RepairSpec.none(where));
        return f.build(() -> new HostsSpec(capacity, weights, monitor, control, repair, f.where()));
    }

    private MonitorSpec monitor(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.MONITOR);
        var interval = f.optLong("interval", Values::duration);
        var failures = f.optInt("failuresToWithdraw", Values::smallInteger);
        var passes = f.optInt("passesToAnnounce", Values::smallInteger);
        var restart = f.opt("restart", Values::distribution);
        var high = f.optDouble("highWater", Values::fraction);
        var low = f.optDouble("lowWater", Values::fraction);
        return f.build(() -> new MonitorSpec(interval, failures, passes, restart, high, low, f.where()));
    }

    private ControlServerSpec controlServer(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.CONTROL_SERVER);
        var probeInterval = f.optLong("probeInterval", Values::duration);
        var probeTimeout = f.optLong("probeTimeout", Values::duration);
        var ipmiSuccess = f.optDouble("ipmiSuccess", Values::fraction);
        var ipmi = f.opt("ipmiDuration", Values::distribution);
        var pdu = f.opt("pduDuration", Values::distribution);
        var boot = f.opt("boot", Values::distribution);
        return f.build(() -> new ControlServerSpec(probeInterval, probeTimeout, ipmiSuccess, ipmi, pdu, boot, f.where()));
    }

    private RepairSpec repair(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.REPAIR);
        var switchRepair = f.opt("switch", Values::distribution);
        var routerRepair = f.opt("router", Values::distribution);
        return f.build(() -> new RepairSpec(switchRepair, routerRepair, f.where()));
    }
}
