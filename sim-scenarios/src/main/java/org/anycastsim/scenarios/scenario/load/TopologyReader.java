package org.anycastsim.scenarios.scenario.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.SessionKind;
import org.anycastsim.scenarios.scenario.bgp.TimerSpec;
import org.anycastsim.scenarios.scenario.source.DocNode;
import org.anycastsim.scenarios.scenario.source.DocNode.DocArray;
import org.anycastsim.scenarios.scenario.source.DocNode.DocObject;
import org.anycastsim.scenarios.scenario.source.DocNode.Entry;
import org.anycastsim.scenarios.scenario.source.Problems;
import org.anycastsim.scenarios.scenario.topology.AsSpec;
import org.anycastsim.scenarios.scenario.topology.BuiltinOverrides;
import org.anycastsim.scenarios.scenario.topology.BuiltinTopology;
import org.anycastsim.scenarios.scenario.topology.ClientSpec;
import org.anycastsim.scenarios.scenario.topology.ExplicitTopology;
import org.anycastsim.scenarios.scenario.topology.HashingKind;
import org.anycastsim.scenarios.scenario.topology.ImportedTopology;
import org.anycastsim.scenarios.scenario.topology.LinkSpec;
import org.anycastsim.scenarios.scenario.topology.PopSpec;
import org.anycastsim.scenarios.scenario.topology.PrefixOrigin;
import org.anycastsim.scenarios.scenario.topology.RouterSpec;
import org.anycastsim.scenarios.scenario.topology.SessionSpec;
import org.anycastsim.scenarios.scenario.topology.TopologySpec;

/** Reads the {@code topology} section: a built-in world, an import, or an explicit network. */
final class TopologyReader {

    private static final List<String> EXPLICIT = List.of("ases", "routers", "links", "sessions", "prefixes", "pops",
            "clients");
    private static final Map<String, SessionKind> SESSION_TYPES = Map.of("ebgp", SessionKind.EBGP, "ibgp", SessionKind.IBGP);
    private static final Map<String, PeeringRelation> RELATIONSHIPS = new LinkedHashMap<>();

    static {
        RELATIONSHIPS.put("customer", PeeringRelation.CUSTOMER);
        RELATIONSHIPS.put("peer", PeeringRelation.PEER);
        RELATIONSHIPS.put("provider", PeeringRelation.PROVIDER);
    }

    private final Problems problems;
    private final Path baseDir;

    TopologyReader(Problems problems, Path baseDir) {
        this.problems = problems;
        this.baseDir = baseDir;
    }

    TopologySpec read(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.TOPOLOGY);
        List<String> kinds = new ArrayList<>();
        if (f.has("builtin")) {
            kinds.add("builtin");
        }
        if (f.has("import")) {
            kinds.add("import");
        }
        EXPLICIT.stream().filter(f::has).findFirst().ifPresent(kinds::add);
        if (kinds.isEmpty()) {
            if (node instanceof DocObject) {
                problems.add(node.position(), "a topology is 'builtin: NAME' (with optional overrides), "
                        + "'import: {...}', or an explicit network (ases, routers, links, sessions, prefixes)");
            }
            return null;
        }
        if (kinds.size() > 1) {
            problems.add(f.where().at(kinds.get(1)), "a topology is one of builtin, import or an explicit network; "
                    + "this one also has '" + kinds.get(0) + "'");
            return null;
        }
        if (f.has("overrides") && !kinds.get(0).equals("builtin")) {
            problems.add(f.where().at("overrides"), "overrides go with 'builtin'");
        }
        return switch (kinds.get(0)) {
            case "builtin" -> builtin(f);
            case "import" -> imported(f);
            default -> explicit(f);
        };
    }

    private TopologySpec builtin(Fields f) {
        String name = f.get("builtin", Values::name);
        BuiltinOverrides overrides = f.node("overrides").map(this::overrides).orElse(BuiltinOverrides.NONE);
        return f.build(() -> new BuiltinTopology(name, overrides, f.where()));
    }

    private BuiltinOverrides overrides(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.OVERRIDES);
        OptionalInt serversPerPop = OptionalInt.empty();
        Map<String, Integer> serversByPop = new LinkedHashMap<>();
        Optional<DocNode> servers = f.node("serversPerPop");
        if (servers.isPresent() && servers.get() instanceof DocObject) {
            for (Entry e : f.entries("serversPerPop")) {
                f.value(e.value(), Values::smallInteger).ifPresent(n -> serversByPop.put(e.key(), n));
            }
        } else {
            serversPerPop = f.optInt("serversPerPop", Values::smallInteger);
        }
        Map<String, List<Prefix>> services = new LinkedHashMap<>();
        for (Entry e : f.entries("services")) {
            services.put(e.key(), Fields.items(problems, e.value(), Values::prefix));
        }
        OptionalInt switches = f.optInt("switchesPerPop", Values::smallInteger);
        var inflation = f.optDouble("pathInflation", Values::number);
        Optional<List<Integer>> transits = f.has("transits")
                ? Optional.of(f.list("transits", Values::asn)) : Optional.empty();
        var peering = f.optDouble("peeringShare", Values::fraction);
        Optional<HashingKind> hashing = f.opt("hashing", n -> Values.choice(n, hashingKinds(), "a hashing scheme"));
        OptionalInt perPop = serversPerPop;
        return f.build(() -> new BuiltinOverrides(perPop, serversByPop, switches, inflation, transits, peering, hashing,
                services, f.where()));
    }

    private static Map<String, HashingKind> hashingKinds() {
        Map<String, HashingKind> kinds = new LinkedHashMap<>();
        for (HashingKind k : HashingKind.values()) {
            kinds.put(k.fileName(), k);
        }
        return kinds;
    }

    private TopologySpec imported(Fields topology) {
        Fields f = new Fields(problems, topology.node("import").orElseThrow(), Shapes.IMPORT);
        boolean graphml = f.has("graphml");
        if (graphml == f.has("caida")) {
            problems.add(f.node().position(), "an import names one file: {graphml: NAME-OR-PATH, as: ASN} or {caida: PATH}");
            return null;
        }
        if (f.has("as") && !graphml) {
            problems.add(f.where().at("as"), "'as' goes with graphml (a CAIDA file has its own AS numbers)");
        }
        String name = f.get(graphml ? "graphml" : "caida", Values::name);
        OptionalInt asn = f.optInt("as", Values::asn);
        // A GraphML name without a path or extension is one of the bundled Topology Zoo backbones.
        boolean bundled = graphml && name != null && !name.contains("/") && !name.endsWith(".graphml");
        Optional<Path> file = bundled || name == null ? Optional.empty() : Optional.of(baseDir.resolve(name).normalize());
        ImportedTopology.Format format = graphml ? ImportedTopology.Format.GRAPHML : ImportedTopology.Format.CAIDA;
        return f.build(() -> topology.build(() -> new ImportedTopology(format, name, file, asn, f.where())));
    }

    private TopologySpec explicit(Fields f) {
        List<AsSpec> ases = f.list("ases", this::as);
        List<RouterSpec> routers = f.list("routers", this::router);
        List<LinkSpec> links = f.list("links", this::link);
        PolicyReader policies = new PolicyReader(problems);
        List<SessionSpec> sessions = f.list("sessions", n -> session(n, policies));
        List<PrefixOrigin> prefixes = f.list("prefixes", this::prefix);
        List<PopSpec> pops = f.list("pops", this::pop);
        List<ClientSpec> clients = f.list("clients", this::client);
        return f.build(() -> new ExplicitTopology(ases, routers, links, sessions, prefixes, pops, clients, f.where()));
    }

    private AsSpec as(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.AS);
        Integer asn = f.get("asn", Values::asn);
        String name = f.opt("name", Values::name).orElse(asn == null ? "" : "AS" + Integer.toUnsignedString(asn));
        return f.build(() -> new AsSpec(asn, name, f.where()));
    }

    private RouterSpec router(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.ROUTER);
        String name = f.get("name", Values::name);
        Integer asn = f.get("as", Values::asn);
        OptionalInt routerId = f.optInt("routerId", Values::ipv4);
        Optional<GeoPoint> location = f.opt("location", this::location);
        return f.build(() -> new RouterSpec(name, asn, routerId, location, f.where()));
    }

    /** {@code [lat, lon]} in decimal degrees. */
    private GeoPoint location(DocNode node) {
        if (!(node instanceof DocArray array) || array.items().size() != 2) {
            throw Values.invalid(node, "expected [latitude, longitude], e.g. [51.47, -0.45]");
        }
        double lat = Values.number(array.items().get(0));
        double lon = Values.number(array.items().get(1));
        if (lat < -90 || lat > 90) {
            throw Values.invalid(array.items().get(0), "latitude " + lat + " is outside [-90, 90]");
        }
        if (lon < -180 || lon > 180) {
            throw Values.invalid(array.items().get(1), "longitude " + lon + " is outside [-180, 180]");
        }
        return new GeoPoint(lat, lon);
    }

    private LinkSpec link(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.LINK);
        String a = f.get("a", Values::name);
        String b = f.get("b", Values::name);
        var delay = f.optLong("delay", Values::duration);
        var distance = f.optDouble("distance", Values::distanceKm);
        var capacity = f.optLong("capacity", Values::bandwidth);
        var igpCost = f.optLong("igpCost", Values::integer);
        return f.build(() -> new LinkSpec(a, b, delay, distance, capacity, igpCost, f.where()));
    }

    private SessionSpec session(DocNode node, PolicyReader policies) {
        Fields f = new Fields(problems, node, Shapes.SESSION);
        String a = f.get("a", Values::name);
        String b = f.get("b", Values::name);
        Optional<SessionKind> type = f.opt("type", n -> Values.choice(n, SESSION_TYPES, "a session type"));
        Optional<PeeringRelation> relationship = f.opt("relationship",
                n -> Values.choice(n, RELATIONSHIPS, "a relationship"));
        TimerSpec timers = BgpReader.timers(f);
        boolean reflectorClient = f.bool("routeReflectorClient", false);
        var importRules = policies.rules(f, "import");
        var exportRules = policies.rules(f, "export");
        return f.build(() -> new SessionSpec(a, b, type, relationship, timers, reflectorClient, importRules, exportRules,
                f.where()));
    }

    private PrefixOrigin prefix(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.PREFIX);
        Prefix prefix = f.get("prefix", Values::prefix);
        List<String> origin = f.list("origin", Values::name);
        Optional<String> service = f.opt("service", Values::name);
        return f.build(() -> new PrefixOrigin(prefix, origin, service, f.where()));
    }

    private PopSpec pop(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.POP);
        String code = f.get("code", Values::name);
        String router = f.get("router", Values::name);
        List<String> switches = f.list("switches", Values::name);
        if (switches.stream().distinct().count() < switches.size()) {
            problems.add(f.where().at("switches"), "a switch is listed twice");
        }
        Map<String, List<String>> serversBySwitch = new LinkedHashMap<>();
        switches.forEach(s -> serversBySwitch.putIfAbsent(s, new ArrayList<>()));
        Optional<DocNode> servers = f.node("servers");
        if (servers.isPresent() && servers.get() instanceof DocObject bySwitch) {
            for (Entry e : bySwitch.entries()) {
                if (!serversBySwitch.containsKey(e.key())) {
                    problems.add(e.keyPosition(), "'" + e.key() + "' is not one of this PoP's switches ("
                            + String.join(", ", switches) + ")");
                    continue;
                }
                serversBySwitch.get(e.key()).addAll(Fields.items(problems, e.value(), Values::name));
            }
        } else if (!switches.isEmpty()) {
            // A plain list goes behind the switches in contiguous blocks, the first switches taking
            // one more when it does not divide evenly: the built-in worlds' layout (PopLan).
            List<String> names = f.list("servers", Values::name);
            int base = names.size() / switches.size();
            int extra = names.size() % switches.size();
            int next = 0;
            for (int k = 0; k < switches.size(); k++) {
                int behind = base + (k < extra ? 1 : 0);
                serversBySwitch.get(switches.get(k)).addAll(names.subList(next, next + behind));
                next += behind;
            }
        }
        Optional<String> controlServer = f.opt("controlServer", Values::name);
        return f.build(() -> new PopSpec(code, router, serversBySwitch, controlServer, f.where()));
    }

    private ClientSpec client(DocNode node) {
        Fields f = new Fields(problems, node, Shapes.CLIENT);
        String name = f.get("name", Values::name);
        String router = f.get("router", Values::name);
        double weight = f.opt("weight", Values::number).orElse(1.0);
        return f.build(() -> new ClientSpec(name, router, weight, f.where()));
    }
}
