package org.anycastsim.scenarios.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.scenarios.run.Drills;
import org.anycastsim.scenarios.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.scenarios.world.BuiltInTopologies;
import org.anycastsim.scenarios.world.BuiltInTopology;
import org.anycastsim.scenarios.world.World;
import org.anycastsim.scenarios.world.WorldSizes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anycast-sim list}: the built-in topologies, their sizes and service prefixes. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = {
            "List the built-in topologies with their sizes and anycast service prefixes.",
            "Each topology is built with its default options to count its parts: PoPs of the operator, "
                    + "routers, switches, servers and control servers, autonomous systems (eyeball networks "
                    + "included), client (eyeball) networks, links of every kind, and BGP sessions (eBGP between "
                    + "ASes, iBGP inside one)."
        })
final class ListCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object {\"topologies\": [...]} instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Row> rows = new ArrayList<>();
        for (BuiltInTopology<?> b : BuiltInTopologies.all()) {
            World w = b.build();
            rows.add(new Row(b.name(), b.description(), WorldSizes.of(w)));
        }
        if (json) {
            List<Map<String, Object>> topologies = rows.stream().map(ListCommand::toJson).toList();
            List<Map<String, Object>> drills = new ArrayList<>();
            for (String name : Drills.NAMES) {
                Scenario d = Drills.load(name);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", name);
                m.put("description", d.description().strip());
                m.put("durationSeconds", SimTime.toSeconds(d.durationNanos()));
                drills.add(m);
            }
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("topologies", topologies);
            all.put("drills", drills);
            out.println(new ObjectMapper().writeValueAsString(all));
        } else {
            table(out, rows);
            out.println();
            out.println("drills (anycast-sim drill NAME | --all; files in examples/drills/):");
            for (String name : Drills.NAMES) {
                Scenario d = Drills.load(name);
                out.printf(Locale.ROOT, "  %-14s %5.0f s  %s%n", name, SimTime.toSeconds(d.durationNanos()),
                        firstSentence(d.description()));
            }
        }
        out.flush();
        return 0;
    }

    private static String firstSentence(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        int dot = t.indexOf(". ");
        return dot < 0 ? t : t.substring(0, dot + 1);
    }

    private record Row(String name, String description, WorldSizes sizes) {}

    private static Map<String, Object> toJson(Row r) {
        WorldSizes s = r.sizes();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("description", r.description());
        m.put("pops", s.pops());
        m.put("routers", s.routers());
        m.put("switches", s.switches());
        m.put("servers", s.servers());
        m.put("controlServers", s.controlServers());
        m.put("ases", s.ases());
        m.put("clientNetworks", s.clientNetworks());
        m.put("links", s.links());
        Map<String, Object> sessions = new LinkedHashMap<>();
        sessions.put("ebgp", s.ebgpSessions());
        sessions.put("ibgp", s.ibgpSessions());
        m.put("bgpSessions", sessions);
        Map<String, List<String>> prefixes = new LinkedHashMap<>();
        s.servicePrefixes().forEach((service, list) ->
                prefixes.put(service, list.stream().map(Prefix::toString).toList()));
        m.put("servicePrefixes", prefixes);
        return m;
    }

    private static void table(PrintWriter out, List<Row> rows) {
        String format = "%-16s %5s %8s %9s %8s %9s %6s %12s %7s %7s %7s%n";
        out.printf(Locale.ROOT, format, "topology", "PoPs", "routers", "switches", "servers", "ctl srv", "ASes",
                "client nets", "links", "eBGP", "iBGP");
        for (Row r : rows) {
            WorldSizes s = r.sizes();
            out.printf(Locale.ROOT, format, r.name(), s.pops(), s.routers(), s.switches(), s.servers(),
                    s.controlServers(), s.ases(), s.clientNetworks(), s.links(), s.ebgpSessions(), s.ibgpSessions());
        }
        out.println("(counts of nodes, links and BGP sessions; ctl srv = PoP control servers,"
                + " client nets = eyeball networks)");
        for (Row r : rows) {
            out.println();
            out.println(r.name() + ": " + r.description());
            r.sizes().servicePrefixes().forEach((service, list) -> out.println("  " + service + ": "
                    + String.join(", ", list.stream().map(Prefix::toString).toList())));
        }
    }
}
