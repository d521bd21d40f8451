package org.anycastsim.scenarios.scenario.validate;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.anycastsim.scenarios.scenario.source.Problems;
import org.anycastsim.scenarios.scenario.source.Suggestions;
import org.anycastsim.scenarios.scenario.topology.BuiltinOverrides;
import org.anycastsim.scenarios.scenario.topology.BuiltinTopology;
import org.anycastsim.scenarios.scenario.topology.BuiltinWorlds;
import org.anycastsim.scenarios.scenario.topology.ExplicitTopology;
import org.anycastsim.scenarios.scenario.topology.ImportedTopology;
import org.anycastsim.scenarios.scenario.topology.OverrideException;
import org.anycastsim.scenarios.scenario.topology.TopologySpec;
import org.anycastsim.scenarios.world.ZooBackbone;

/**
 * Checks the topology section and learns the names the rest of the scenario may use: for a
 * built-in world by building it (with the overrides), for an explicit network from its own
 * declarations (see {@link ExplicitCheck}).
 */
final class TopologyCheck {

    /** Names of built worlds by name and overrides: building cloudflare-2013 takes a while, and
     *  validating a folder of drills would build the same world again and again. */
    private static final Map<String, NetworkNames> WORLDS = new ConcurrentHashMap<>();

    private TopologyCheck() {}

    static NetworkNames names(TopologySpec topology, Problems problems) {
        if (topology instanceof BuiltinTopology b) {
            return builtin(b, problems);
        }
        if (topology instanceof ImportedTopology i) {
            return imported(i, problems);
        }
        return NetworkNames.of((ExplicitTopology) topology);
    }

    private static NetworkNames builtin(BuiltinTopology b, Problems problems) {
        List<String> known = BuiltinWorlds.names();
        if (!known.contains(b.name())) {
            problems.add(b.where().at("builtin"), "no built-in topology '" + b.name() + "'"
                    + Suggestions.didYouMean(b.name(), known) + "; one of " + String.join(", ", known)
                    + " (see anycast-sim list)");
            return NetworkNames.unknown(b.name());
        }
        BuiltinOverrides o = b.overrides();
        int before = problems.size();
        Report r = new Report(problems, NetworkNames.unknown(b.name()), Long.MAX_VALUE);
        o.serversPerPop().ifPresent(n -> r.atLeast(o.where(), "serversPerPop", n, 1));
        o.serversByPop().forEach((pop, n) -> r.atLeast(o.where(), "serversPerPop", n, 1));
        o.switchesPerPop().ifPresent(n -> r.atLeast(o.where(), "switchesPerPop", n, 1));
        o.pathInflation().ifPresent(x -> {
            if (!(x >= 1)) {
                r.error(o.where(), "pathInflation", "fibre is never shorter than the great circle: "
                        + "path inflation is at least 1, got " + x);
            }
        });
        o.peeringShare().ifPresent(x -> r.fraction(o.where(), "peeringShare", x));
        if (problems.size() > before) {
            return NetworkNames.unknown(b.name());
        }
        String key = b.name() + "|" + withoutPositions(o);
        NetworkNames cached = WORLDS.get(key);
        if (cached != null) {
            return cached;
        }
        try {
            NetworkNames names = NetworkNames.of(BuiltinWorlds.build(b));
            WORLDS.put(key, names);
            return names;
        } catch (OverrideException e) {
            String field = e.field();
            for (String pop : o.serversByPop().keySet()) {
                if (e.getMessage().contains(" " + pop + " ")) {
                    field = "serversPerPop." + pop; // point at the PoP's own line
                }
            }
            problems.add(field == null ? o.where().position() : o.where().at(field), e.getMessage());
            return NetworkNames.unknown(b.name());
        }
    }

    /** The overrides' values without their positions, as a cache key. */
    private static String withoutPositions(BuiltinOverrides o) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("servers", o.serversPerPop());
        values.put("byPop", o.serversByPop());
        values.put("switches", o.switchesPerPop());
        values.put("inflation", o.pathInflation());
        values.put("transits", o.transits());
        values.put("peering", o.peeringShare());
        values.put("services", o.services());
        return values.toString();
    }

    private static NetworkNames imported(ImportedTopology i, Problems problems) {
        if (i.bundled()) {
            if (!ZooBackbone.isBundled(i.name())) {
                problems.add(i.where().at("graphml"), "no bundled Topology Zoo network '" + i.name() + "'"
                        + Suggestions.didYouMean(i.name(), ZooBackbone.BUNDLED) + "; one of "
                        + String.join(", ", ZooBackbone.BUNDLED) + ", or a path to a .graphml file");
            }
        } else if (i.file().isPresent() && !Files.isReadable(i.file().get())) {
            String field = i.format() == ImportedTopology.Format.GRAPHML ? "graphml" : "caida";
            problems.add(i.where().at(field), "no file " + i.file().get() + " (a relative path is read from the "
                    + "scenario's folder)");
        }
        // Node names of an imported network are only known once the run builds it.
        return NetworkNames.unknown(i.name());
    }
}
