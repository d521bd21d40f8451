package org.anycastsim.scenarios.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anycastsim.core.bgp.BgpBuilder;
import org.anycastsim.core.geo.PropagationModel;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Topology;
import org.anycastsim.scenarios.importer.CaidaAsRelImporter;
import org.anycastsim.scenarios.importer.GraphMlImporter;
import org.anycastsim.scenarios.importer.ZooGraph;
import org.anycastsim.scenarios.input.InputException;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.topology.BuiltinTopology;
import org.anycastsim.scenarios.scenario.topology.BuiltinWorlds;
import org.anycastsim.scenarios.scenario.topology.ExplicitTopology;
import org.anycastsim.scenarios.scenario.topology.ImportedTopology;
import org.anycastsim.scenarios.world.AsGraphOptions;
import org.anycastsim.scenarios.world.AsGraphTopology;
import org.anycastsim.scenarios.world.World;
import org.anycastsim.scenarios.world.ZooBackbone;

/** Builds the world a scenario names: a built-in one with overrides, an imported file, or an explicit network. */
final class WorldFactory {
    private WorldFactory() {}

    static ExplicitWorld.Built build(Scenario scenario) throws IOException, InputException {
        if (scenario.topology() instanceof BuiltinTopology b) {
            return new ExplicitWorld.Built(BuiltinWorlds.build(b), BgpBuilder.SessionOverrides.NONE, Map.of());
        }
        if (scenario.topology() instanceof ExplicitTopology e) {
            return ExplicitWorld.build(scenario.name(), e, PropagationModel.DEFAULT);
        }
        ImportedTopology imp = (ImportedTopology) scenario.topology();
        if (imp.format() == ImportedTopology.Format.CAIDA) {
            try (Reader r = Files.newBufferedReader(imp.file().orElseThrow(), StandardCharsets.UTF_8)) {
                World w = AsGraphTopology.fromCaida(CaidaAsRelImporter.read(r, imp.name()),
                        AsGraphOptions.defaults(scenario.name()));
                return new ExplicitWorld.Built(w, BgpBuilder.SessionOverrides.NONE, originated(w));
            }
        }
        return backbone(scenario.name(), imp);
    }

    /** Router-originated prefixes of an AS-level world: each prefix's origin AS router announces it. */
    private static Map<Node, List<Prefix>> originated(World w) {
        Map<Node, List<Prefix>> out = new HashMap<>();
        Topology t = w.topology();
        for (Prefix p : t.allServicePrefixes()) {
            for (Router r : t.nodesOf(Router.class)) {
                if (r.as().role() == AsRole.OPERATOR) {
                    out.computeIfAbsent(r, k -> new java.util.ArrayList<>()).add(p);
                }
            }
        }
        return out;
    }

    /** A Topology Zoo backbone as one AS with a full iBGP mesh: for traceroutes and IGP studies. */
    private static ExplicitWorld.Built backbone(String name, ImportedTopology imp) throws IOException, InputException {
        ZooGraph graph;
        if (imp.bundled()) {
            graph = ZooBackbone.load(imp.name());
        } else {
            try (InputStream in = Files.newInputStream(imp.file().orElseThrow())) {
                graph = GraphMlImporter.read(in, imp.name());
            }
        }
        Topology t = new Topology(name);
        AutonomousSystem as = t.addAs(imp.asn().orElse(64500), graph.name(), AsRole.TRANSIT);
        List<Router> routers = ZooBackbone.attach(t, as, graph, PropagationModel.DEFAULT).routers();
        SessionPlan.Builder plan = SessionPlan.builder(t);
        for (int i = 0; i < routers.size(); i++) {
            for (int j = i + 1; j < routers.size(); j++) {
                plan.ibgp(routers.get(i), routers.get(j));
            }
        }
        World w = new World(name, "Topology Zoo backbone " + graph.name(), t, plan.build(), List.of(), List.of(),
                List.of(), List.of(), imp);
        return new ExplicitWorld.Built(w, BgpBuilder.SessionOverrides.NONE, Map.of());
    }
}
