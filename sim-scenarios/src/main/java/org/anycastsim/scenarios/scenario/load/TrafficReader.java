package org.anycastsim.scenarios.scenario.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.anycastsim.scenarios.scenario.source.DocNode;
import org.anycastsim.scenarios.scenario.source.DocNode.Entry;
import org.anycastsim.scenarios.scenario.source.Problems;
import org.anycastsim.scenarios.scenario.traffic.Attack;
import org.anycastsim.scenarios.scenario.traffic.FlashCrowd;
import org.anycastsim.scenarios.scenario.traffic.ServiceTraffic;
import org.anycastsim.scenarios.scenario.traffic.TrafficSpec;

/** Reads the {@code traffic} section: demand per service, sampling, diurnal swing, flash crowds, attacks. */
final class TrafficReader {

    private final Problems problems;

    TrafficReader(Problems problems) {
        this.problems = problems;
    }

    TrafficSpec read(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.TRAFFIC);
        Map<String, ServiceTraffic> services = new LinkedHashMap<>();
        for (Entry e : f.entries("services")) {
            ServiceTraffic s = service(e.key(), e.value());
            if (s != null) {
                services.put(e.key(), s);
            }
        }
        OptionalDouble sessions = f.opt("sampling", n -> single(n, Shapes.SAMPLING, "sessionsPerSecond", Values::number))
                .map(OptionalDouble::of).orElse(OptionalDouble.empty());
        OptionalDouble amplitude = f.opt("diurnal", n -> single(n, Shapes.DIURNAL, "amplitude", Values::fraction))
                .map(OptionalDouble::of).orElse(OptionalDouble.empty());
        var resolution = f.optLong("resolution", Values::duration);
        List<FlashCrowd> crowds = f.list("flashCrowds", this::flashCrowd);
        List<Attack> attacks = f.list("attacks", this::attack);
        return f.build(() -> new TrafficSpec(services, sessions, amplitude, resolution, crowds, attacks, f.where()));
    }

    private ServiceTraffic service(String name, DocNode node) {
        Fields f = new Fields(problems, node, Shapes.SERVICE_TRAFFIC);
        double rate = f.opt("rate", Values::rate).orElse(0.0);
        return f.build(() -> new ServiceTraffic(name, rate, f.where()));
    }

    /** An object with one required number, e.g. {@code sampling: {sessionsPerSecond: 2000}}. */
    private Double single(DocNode node, Shape shape, String field, java.util.function.Function<DocNode, Double> conversion) {
        Fields f = new Fields(problems, node, shape);
        Double value = f.get(field, conversion);
        return f.build(() -> value);
    }

    private FlashCrowd flashCrowd(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.FLASH_CROWD);
        if (f.has("region") == f.has("clients") && node instanceof DocNode.DocObject) {
            problems.add(node.position(), "a flash crowd names either a region (a continent code such as EU) "
                    + "or clients (a list)");
        }
        var region = f.opt("region", Values::name);
        List<String> clients = f.list("clients", Values::name);
        double factor = f.opt("factor", Values::number).orElse(1.0);
        long start = f.getLong("start", Values::duration, 0);
        long stop = f.getLong("stop", Values::duration, 0);
        return f.build(() -> new FlashCrowd(region, clients, factor, start, stop, f.where()));
    }

    private Attack attack(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.ATTACK);
        String name = f.get("name", Values::name);
        List<String> from = f.list("from", Values::name);
        var target = f.get("target", Values::prefix);
        double rate = f.opt("rate", Values::rate).orElse(0.0);
        var start = f.optLong("start", Values::duration);
        var stop = f.optLong("stop", Values::duration);
        return f.build(() -> new Attack(name, from, target, rate, start, stop, f.where()));
    }
}
