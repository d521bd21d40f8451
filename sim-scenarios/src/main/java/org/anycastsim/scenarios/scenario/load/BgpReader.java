package org.anycastsim.scenarios.scenario.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.scenarios.scenario.bgp.BfdSpec;
import org.anycastsim.scenarios.scenario.bgp.BgpSpec;
import org.anycastsim.scenarios.scenario.bgp.ConditionalSpec;
import org.anycastsim.scenarios.scenario.bgp.DecisionSpec;
import org.anycastsim.scenarios.scenario.bgp.TimerSpec;
import org.anycastsim.scenarios.scenario.source.DocNode;
import org.anycastsim.scenarios.scenario.source.DocNode.DocScalar;
import org.anycastsim.scenarios.scenario.source.DocNode.Entry;
import org.anycastsim.scenarios.scenario.source.Problems;
import org.anycastsim.scenarios.scenario.source.Where;

/** Reads the {@code bgp} section, and the timer fields that sessions share with it. */
final class BgpReader {

    private static final String DEFAULT_RULE = "default";

    private final Problems problems;

    BgpReader(Problems problems) {
        this.problems = problems;
    }

    BgpSpec read(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.BGP);
        Where none = f.where();
        TimerSpec ebgp = f.opt("ebgp", this::timers).orElse(TimerSpec.none(none));
        TimerSpec ibgp = f.opt("ibgp", this::timers).orElse(TimerSpec.none(none));
        TimerSpec server = f.opt("server", this::timers).orElse(TimerSpec.none(none));
        Optional<Boolean> rateLimit = f.opt("rateLimitWithdrawals", Values::bool);
        DecisionSpec decision = f.opt("decision", this::decision).orElse(DecisionSpec.none(none));
        var popMaxPaths = f.optInt("popMaxPaths", Values::smallInteger);
        Optional<ConditionalSpec> fallback = Optional.empty();
        Map<Prefix, ConditionalSpec> perPrefix = new LinkedHashMap<>();
        for (Entry e : f.entries("conditionalAdvertisement")) {
            if (e.key().equals(DEFAULT_RULE)) {
                fallback = f.value(e.value(), this::conditional);
                continue;
            }
            DocNode key = new DocScalar(e.keyPosition(), DocScalar.Kind.STRING, e.key());
            Optional<Prefix> prefix = f.value(key, n -> {
                try {
                    return Values.prefix(n);
                } catch (Invalid bad) {
                    throw Values.invalid(n, bad.problem().detail() + "; keys here are 'default' or prefixes");
                }
            });
            Optional<ConditionalSpec> rule = f.value(e.value(), this::conditional);
            if (prefix.isPresent() && rule.isPresent()) {
                perPrefix.put(prefix.get(), rule.get());
            }
        }
        Optional<ConditionalSpec> defaultRule = fallback;
        return f.build(() -> new BgpSpec(ebgp, ibgp, server, rateLimit, decision, popMaxPaths, defaultRule, perPrefix,
                f.where()));
    }

    private TimerSpec timers(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.TIMERS);
        TimerSpec timers = timers(f);
        return f.build(() -> timers);
    }

    /** The timer fields of {@code f}'s object (a {@code bgp.ebgp} block or a session). */
    static TimerSpec timers(Fields f) {
        var hold = f.optLong("hold", Values::duration);
        var keepalive = f.optLong("keepalive", Values::duration);
        var connectRetry = f.optLong("connectRetry", Values::duration);
        var mrai = f.optLong("mrai", Values::duration);
        Optional<BfdSpec> bfd = f.opt("bfd", n -> bfd(f.problems(), n));
        return new TimerSpec(hold, keepalive, connectRetry, mrai, bfd, f.where());
    }

    /** {@code bfd: {interval: 300ms, multiplier: 3}}, {@code bfd: true} (defaults) or {@code bfd: false}. */
    private static BfdSpec bfd(Problems problems, DocNode node) {
        if (node instanceof DocScalar s && s.kind() == DocScalar.Kind.BOOLEAN) {
            return new BfdSpec(Values.bool(node), java.util.OptionalLong.empty(), java.util.OptionalInt.empty(),
                    new Where(node.position(), Map.of()));
        }
        Fields f = new Fields(problems, node, Shapes.BFD);
        var interval = f.optLong("interval", Values::duration);
        var multiplier = f.optInt("multiplier", Values::smallInteger);
        return f.build(() -> new BfdSpec(true, interval, multiplier, f.where()));
    }

    private DecisionSpec decision(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.DECISION);
        var alwaysCompareMed = f.opt("alwaysCompareMed", Values::bool);
        var deterministicMed = f.opt("deterministicMed", Values::bool);
        var missingMedAsWorst = f.opt("missingMedAsWorst", Values::bool);
        var multipathRelax = f.opt("multipathRelax", Values::bool);
        var maxPaths = f.optInt("maxPaths", Values::smallInteger);
        return f.build(() -> new DecisionSpec(alwaysCompareMed, deterministicMed, missingMedAsWorst, multipathRelax,
                maxPaths, f.where()));
    }

    private ConditionalSpec conditional(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.CONDITIONAL);
        var minRoutes = f.optInt("minRoutes", Values::smallInteger);
        var minFraction = f.optDouble("minFraction", Values::fraction);
        return f.build(() -> new ConditionalSpec(minRoutes, minFraction, f.where()));
    }
}
