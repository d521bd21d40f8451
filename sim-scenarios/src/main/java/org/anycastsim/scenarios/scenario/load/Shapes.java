package org.anycastsim.scenarios.scenario.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every object shape of the scenario format, in one place: the contract between the loader, the
 * JSON Schema and docs/SCENARIO-FORMAT.md. Timeline actions are {@code action-<kind>}, expectations
 * {@code expect-<kind>}.
 */
public final class Shapes {

    private static final Map<String, Shape> ALL = new LinkedHashMap<>();

    public static final Shape SCENARIO = shape("scenario", "a scenario", List.of("name", "duration", "topology"),
            List.of("$schema", "description", "seed", "bgp", "hosts", "traffic", "timeline", "expect"));

    public static final Shape TOPOLOGY = shape("topology", "a topology", List.of(), List.of("builtin", "overrides",
            "import", "ases", "routers", "links", "sessions", "prefixes", "pops", "clients"));
    public static final Shape OVERRIDES = shape("overrides", "the overrides", List.of(), List.of("serversPerPop",
            "switchesPerPop", "pathInflation", "transits", "peeringShare", "hashing", "services"));
    public static final Shape IMPORT = shape("import", "an import", List.of(), List.of("graphml", "caida", "as"));
    public static final Shape AS = shape("as", "an AS", List.of("asn"), List.of("name"));
    public static final Shape ROUTER = shape("router", "a router", List.of("name", "as"), List.of("routerId", "location"));
    public static final Shape LINK = shape("link", "a link", List.of("a", "b"),
            List.of("delay", "distance", "capacity", "igpCost"));
    public static final Shape SESSION = shape("session", "a session", List.of("a", "b"), List.of("type", "relationship",
            "hold", "keepalive", "connectRetry", "mrai", "bfd", "routeReflectorClient", "import", "export"));
    public static final Shape PREFIX = shape("prefixOrigin", "a prefix", List.of("prefix", "origin"), List.of("service"));
    public static final Shape POP = shape("pop", "a PoP", List.of("code", "router", "switches"),
            List.of("servers", "controlServer"));
    public static final Shape CLIENT = shape("client", "a client network", List.of("name", "router"), List.of("weight"));

    public static final Shape POLICY_RULE = shape("policyRule", "a policy rule", List.of(), List.of("name", "match",
            "setLocalPref", "setMed", "setWeight", "prepend", "addCommunity", "removeCommunity", "action"));
    public static final Shape MATCH = shape("match", "a match", List.of(), List.of("prefix", "prefixList", "community",
            "asPathContains", "asPathLength", "neighbour"));
    public static final Shape AS_PATH_LENGTH = shape("asPathLength", "an AS path length bound", List.of(),
            List.of("lt", "le", "eq", "ne", "ge", "gt"));

    public static final Shape BGP = shape("bgp", "the bgp section", List.of(), List.of("ebgp", "ibgp", "server",
            "rateLimitWithdrawals", "decision", "popMaxPaths", "conditionalAdvertisement"));
    public static final Shape TIMERS = shape("timers", "session timers", List.of(),
            List.of("hold", "keepalive", "connectRetry", "mrai", "bfd"));
    public static final Shape BFD = shape("bfd", "BFD settings", List.of(), List.of("interval", "multiplier"));
    public static final Shape DECISION = shape("decision", "decision options", List.of(), List.of("alwaysCompareMed",
            "deterministicMed", "missingMedAsWorst", "multipathRelax", "maxPaths"));
    public static final Shape CONDITIONAL = shape("conditional", "a conditional advertisement rule", List.of(),
            List.of("minRoutes", "minFraction"));

    public static final Shape HOSTS = shape("hosts", "the hosts section", List.of(),
            List.of("capacity", "weights", "monitor", "controlServer", "repair"));
    public static final Shape MONITOR = shape("monitor", "the monitor settings", List.of(), List.of("interval",
            "failuresToWithdraw", "passesToAnnounce", "restart", "highWater", "lowWater"));
    public static final Shape CONTROL_SERVER = shape("controlServer", "the control-server settings", List.of(),
            List.of("probeInterval", "probeTimeout", "ipmiSuccess", "ipmiDuration", "pduDuration", "boot"));
    public static final Shape REPAIR = shape("repair", "the repair times", List.of(), List.of("switch", "router"));

    public static final Shape TRAFFIC = shape("traffic", "the traffic section", List.of(), List.of("services",
            "sampling", "diurnal", "resolution", "flashCrowds", "attacks"));
    public static final Shape SERVICE_TRAFFIC = shape("serviceTraffic", "a service's traffic", List.of("rate"), List.of());
    public static final Shape SAMPLING = shape("sampling", "the sampling settings", List.of("sessionsPerSecond"), List.of());
    public static final Shape DIURNAL = shape("diurnal", "the diurnal profile", List.of("amplitude"), List.of());
    public static final Shape FLASH_CROWD = shape("flashCrowd", "a flash crowd", List.of("factor", "start", "stop"),
            List.of("region", "clients"));
    public static final Shape ATTACK = shape("attack", "an attack", List.of("name", "from", "target", "rate"),
            List.of("start", "stop"));

    /** Fields every timeline action has. */
    public static final List<String> ACTION_COMMON = List.of("at", "action");

    private static final Map<String, Shape> ACTIONS = new LinkedHashMap<>();

    static {
        action("crash-process", List.of("server", "service"), List.of());
        action("restart-process", List.of("server", "service"), List.of());
        action("crash-server", List.of("server"), List.of());
        action("restore-server", List.of("server"), List.of());
        action("crash-switch", List.of("switch"), List.of());
        action("restore-switch", List.of("switch"), List.of());
        action("crash-router", List.of("router"), List.of());
        action("restore-router", List.of("router"), List.of());
        action("cut-link", List.of("a", "b"), List.of());
        action("restore-link", List.of("a", "b"), List.of());
        action("withdraw-prefix", List.of("node", "prefix"), List.of());
        action("announce-prefix", List.of("node", "prefix"), List.of());
        action("set-weight", List.of("server", "weight"), List.of("prefix"));
        action("set-hash-weight", List.of("router", "server", "weight"), List.of("prefix"));
        action("set-local-pref", List.of("router", "neighbour", "localPref"), List.of());
        action("overload", List.of("server", "extra"), List.of());
        action("start-attack", List.of("attack"), List.of());
        action("stop-attack", List.of("attack"), List.of());
        action("destroy-pops", List.of("pops", "interval"), List.of());
        action("snapshot", List.of("what"), List.of("label", "routers", "prefix"));
    }

    /** An expectation entry: an optional name and exactly one kind. */
    private static final Map<String, Shape> EXPECTATIONS = new LinkedHashMap<>();

    static {
        expectation("lostFraction", List.of("below"), List.of("service"));
        expectation("controlPlaneConvergence", List.of("event", "below"), List.of());
        expectation("dataPlaneConvergence", List.of("event", "below"), List.of());
        expectation("maxPopUtilisation", List.of("below"), List.of());
        expectation("reaches", List.of("client", "pop", "at"), List.of());
        expectation("withdrawn", List.of("prefix", "by", "event", "within"), List.of());
        expectation("servedFraction", List.of("above"), List.of("after"));
        expectation("brokenSessions", List.of("below"), List.of("cause"));
    }

    /** {@code converged: true}: the one expectation whose value is not a mapping. */
    public static final String CONVERGED = "converged";

    public static final Shape EXPECTATION = shape("expectation", "an expectation", List.of(), expectationFields());

    private Shapes() {}

    private static Shape shape(String name, String what, List<String> required, List<String> optional) {
        Shape s = new Shape(name, what, required, optional);
        ALL.put(name, s);
        return s;
    }

    private static void action(String kind, List<String> required, List<String> optional) {
        List<String> req = new ArrayList<>(ACTION_COMMON);
        req.addAll(required);
        ACTIONS.put(kind, shape("action-" + kind, "a " + kind + " action", req, optional));
    }

    private static void expectation(String kind, List<String> required, List<String> optional) {
        EXPECTATIONS.put(kind, shape("expect-" + kind, "a " + kind + " expectation", required, optional));
    }

    private static List<String> expectationFields() {
        List<String> fields = new ArrayList<>(List.of("name"));
        fields.addAll(EXPECTATIONS.keySet());
        fields.add(CONVERGED);
        return fields;
    }

    /** Every shape by name. */
    public static Map<String, Shape> all() {
        return Collections.unmodifiableMap(ALL);
    }

    /** The timeline action kinds and their shapes, in the order the format documents them. */
    public static Map<String, Shape> actions() {
        return Collections.unmodifiableMap(ACTIONS);
    }

    /** The expectation kinds that take a mapping, and their shapes. */
    public static Map<String, Shape> expectations() {
        return Collections.unmodifiableMap(EXPECTATIONS);
    }

    /** Every expectation kind, {@code converged} included. */
    public static List<String> expectationKinds() {
        List<String> kinds = new ArrayList<>(EXPECTATIONS.keySet());
        kinds.add(CONVERGED);
        return List.copyOf(kinds);
    }
}
