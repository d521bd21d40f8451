package org.anycastsim.scenarios.scenario.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anycastsim.core.net.BgpSessionSpec;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.scenarios.scenario.Maps;
import org.anycastsim.scenarios.scenario.topology.ClientSpec;
import org.anycastsim.scenarios.scenario.topology.ExplicitTopology;
import org.anycastsim.scenarios.scenario.topology.LinkSpec;
import org.anycastsim.scenarios.scenario.topology.PopSpec;
import org.anycastsim.scenarios.scenario.topology.PrefixOrigin;
import org.anycastsim.scenarios.scenario.topology.RouterSpec;
import org.anycastsim.scenarios.scenario.topology.SessionSpec;
import org.anycastsim.scenarios.world.World;

/**
 * What a scenario may refer to by name in the network it runs on: nodes by kind, PoPs, client
 * networks, services and their prefixes, links and BGP sessions. Built from the world a built-in
 * topology produces, or from an explicit network's own declarations.
 *
 * @param network   how messages name the network ("cloudflare-2013", "this network")
 * @param kinds     every node name with its kind ("router", "switch", "server", ...)
 * @param pops      PoP codes
 * @param clients   what may name a client network: node names, eyeball codes, country codes
 * @param regions   continent codes of the client networks
 * @param services  service name to its prefixes
 * @param prefixes  every prefix the network announces
 * @param links     node pairs joined by a link
 * @param sessions  node pairs with a BGP session
 * @param known     false when names cannot be checked before the run (imported topologies)
 */
record NetworkNames(String network, Map<String, String> kinds, Set<String> pops, Set<String> clients,
        Set<String> regions, Map<String, List<Prefix>> services, Set<Prefix> prefixes, Set<Pair> links,
        Set<Pair> sessions, boolean known) {

    static final String ROUTER = "router";
    static final String SWITCH = "switch";
    static final String SERVER = "server";
    static final String CONTROL_SERVER = "control server";
    static final String CLIENT = "client network";

    /** An unordered pair of node names. */
    record Pair(String x, String y) {
        static Pair of(String a, String b) {
            return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }

    NetworkNames {
        kinds = Maps.copy(kinds);
        pops = Collections.unmodifiableSet(new LinkedHashSet<>(pops));
        clients = Collections.unmodifiableSet(new LinkedHashSet<>(clients));
        regions = Collections.unmodifiableSet(new LinkedHashSet<>(regions));
        services = Maps.copyOfLists(services);
        prefixes = Collections.unmodifiableSet(new LinkedHashSet<>(prefixes));
        links = Set.copyOf(links);
        sessions = Set.copyOf(sessions);
    }

    /** Names of the nodes of one kind, in order. */
    List<String> ofKind(String kind) {
        return kinds.entrySet().stream().filter(e -> e.getValue().equals(kind)).map(Map.Entry::getKey).toList();
    }

    /** An imported network: its names are known only once the run builds it. */
    static NetworkNames unknown(String network) {
        return new NetworkNames(network, Map.of(), Set.of(), Set.of(), Set.of(), Map.of(), Set.of(), Set.of(), Set.of(),
                false);
    }

    static NetworkNames of(World world) {
        Map<String, String> kinds = new LinkedHashMap<>();
        Set<String> clients = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        for (Node n : world.topology().nodes()) {
            kinds.put(n.name(), switch (n.kind()) {
                case ROUTER -> ROUTER;
                case SWITCH -> SWITCH;
                case SERVER -> SERVER;
                case CONTROL_SERVER -> CONTROL_SERVER;
                case CLIENT -> CLIENT;
            });
            if (n instanceof ClientNetwork c) {
                clients.add(c.name());
                // Eyeball networks are "eb-<code>": scenarios say GB or US-NEN.
                clients.add(c.name().startsWith("eb-") ? c.name().substring(3) : c.name());
                if (c.country() != null) {
                    clients.add(c.country());
                }
                if (c.region() != null) {
                    regions.add(c.region());
                }
            }
        }
        Set<Pair> links = new LinkedHashSet<>();
        for (Link l : world.topology().links()) {
            links.add(Pair.of(l.a().name(), l.b().name()));
        }
        Set<Pair> sessions = new LinkedHashSet<>();
        for (BgpSessionSpec s : world.sessions().sessions()) {
            sessions.add(Pair.of(s.a().name(), s.b().name()));
        }
        Set<String> pops = new LinkedHashSet<>();
        world.pops().forEach(p -> pops.add(p.code()));
        Map<String, List<Prefix>> services = world.topology().servicePrefixes();
        Set<Prefix> prefixes = new LinkedHashSet<>(world.topology().allServicePrefixes());
        return new NetworkNames(world.name(), kinds, pops, clients, regions, services, prefixes, links, sessions, true);
    }

    /** The names an explicit network declares (first declaration wins; duplicates are reported elsewhere). */
    static NetworkNames of(ExplicitTopology t) {
        Map<String, String> kinds = new LinkedHashMap<>();
        t.routers().stream().map(RouterSpec::name).forEach(n -> kinds.putIfAbsent(n, ROUTER));
        for (PopSpec pop : t.pops()) {
            pop.switches().forEach(n -> kinds.putIfAbsent(n, SWITCH));
            pop.servers().forEach(n -> kinds.putIfAbsent(n, SERVER));
            pop.controlServer().ifPresent(n -> kinds.putIfAbsent(n, CONTROL_SERVER));
        }
        t.clients().stream().map(ClientSpec::name).forEach(n -> kinds.putIfAbsent(n, CLIENT));
        Set<String> clients = new LinkedHashSet<>();
        t.clients().forEach(c -> clients.add(c.name()));
        Set<String> pops = new LinkedHashSet<>();
        t.pops().forEach(p -> pops.add(p.code()));
        Map<String, List<Prefix>> services = new LinkedHashMap<>();
        Set<Prefix> prefixes = new LinkedHashSet<>();
        for (PrefixOrigin p : t.prefixes()) {
            prefixes.add(p.prefix());
            p.service().ifPresent(s -> services.computeIfAbsent(s, k -> new java.util.ArrayList<>()).add(p.prefix()));
        }
        Set<Pair> links = new LinkedHashSet<>();
        t.links().stream().map((LinkSpec l) -> Pair.of(l.a(), l.b())).forEach(links::add);
        for (PopSpec pop : t.pops()) { // the implied LAN links
            pop.serversBySwitch().forEach((sw, servers) -> {
                links.add(Pair.of(pop.router(), sw));
                servers.forEach(s -> links.add(Pair.of(sw, s)));
            });
        }
        Set<Pair> sessions = new LinkedHashSet<>();
        t.sessions().stream().map((SessionSpec s) -> Pair.of(s.a(), s.b())).forEach(sessions::add);
        for (PopSpec pop : t.pops()) { // every server peers with its PoP router
            pop.servers().forEach(s -> sessions.add(Pair.of(pop.router(), s)));
        }
        return new NetworkNames("this network", kinds, pops, clients, Set.of(), services, prefixes, links, sessions,
                true);
    }
}
