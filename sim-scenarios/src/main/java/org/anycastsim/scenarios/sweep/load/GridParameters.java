package org.anycastsim.scenarios.sweep.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import org.anycastsim.scenarios.scenario.bgp.BfdSpec;
import org.anycastsim.scenarios.scenario.load.Values;
import org.anycastsim.scenarios.scenario.source.DocNode;
import org.anycastsim.scenarios.scenario.source.DocNode.DocScalar;
import org.anycastsim.scenarios.scenario.topology.HashingKind;
import org.anycastsim.scenarios.sweep.Setting;

/**
 * The parameters a grid sweep can vary, each with how to read one of its values. The values are
 * checked as a scenario file would check them, and again by the validator once applied.
 */
final class GridParameters {

    private static final Map<String, Function<DocNode, Setting>> READERS = new LinkedHashMap<>();
    private static final long DEFAULT_BFD_INTERVAL = BfdSpec.DEFAULT_INTERVAL_NANOS;

    static {
        READERS.put("serversPerPop", n -> new Setting.ServersPerPop(Values.smallInteger(n)));
        READERS.put("switchesPerPop", n -> new Setting.SwitchesPerPop(Values.smallInteger(n)));
        READERS.put("pathInflation", n -> new Setting.PathInflation(Values.number(n)));
        READERS.put("hashing", n -> new Setting.Hashing(Values.choice(n, hashings(), "a hashing scheme")));
        READERS.put("serverHold", n -> new Setting.ServerHold(Values.duration(n)));
        READERS.put("serverBfd", GridParameters::bfd);
        READERS.put("ebgpMrai", n -> new Setting.EbgpMrai(Values.duration(n)));
        READERS.put("popMaxPaths", n -> new Setting.PopMaxPaths(Values.smallInteger(n)));
        READERS.put("demandFactor", GridParameters::demandFactor);
        READERS.put("seed", n -> new Setting.Seed(Values.integer(n)));
    }

    private GridParameters() {}

    static List<String> names() {
        return List.copyOf(READERS.keySet());
    }

    /** Reads one value of {@code parameter}, or throws the loader's {@code Invalid} with a located message. */
    static Setting read(String parameter, DocNode value) {
        return READERS.get(parameter).apply(value);
    }

    /** {@code false} for off, {@code true} for on with the defaults, or the transmit interval. */
    private static Setting bfd(DocNode n) {
        if (n instanceof DocScalar s && s.kind() == DocScalar.Kind.BOOLEAN) {
            return Values.bool(n) ? new Setting.ServerBfd(OptionalLong.of(DEFAULT_BFD_INTERVAL))
                    : new Setting.ServerBfd(OptionalLong.empty());
        }
        long interval = Values.duration(n);
        if (interval <= 0) {
            throw Values.invalid(n, "a BFD interval must be longer than 0 (write false to switch BFD off)");
        }
        return new Setting.ServerBfd(OptionalLong.of(interval));
    }

    private static Setting demandFactor(DocNode n) {
        double factor = Values.number(n);
        if (!(factor > 0)) {
            throw Values.invalid(n, "a demand factor multiplies every service's rate and must be above 0, got "
                    + factor);
        }
        return new Setting.DemandFactor(factor);
    }

    private static Map<String, HashingKind> hashings() {
        Map<String, HashingKind> out = new LinkedHashMap<>();
        for (HashingKind k : HashingKind.values()) {
            out.put(k.fileName(), k);
        }
        return out;
    }
}
