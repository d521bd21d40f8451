package org.anycastsim.scenarios.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.anycastsim.core.bgp.Decision;
import org.anycastsim.core.bgp.Speaker;
import org.anycastsim.core.forward.Path;
import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.NodeKind;
import org.anycastsim.core.net.Prefix;

/**
 * Where the eyeball networks of a built world land, read from a running model's FIBs and RIBs: for
 * every eyeball network the PoP its users reach, the AS path its border router chose, the routers
 * on the way with the step of the BGP decision process that made each of them pick its next hop
 * (local preference, AS-path length, IGP cost, ...), and the round-trip time; per PoP the networks
 * and users it catches. It is the tool to answer "why does this country land there?": a hop whose
 * reason is "higher local preference" was decided by business relationships, "shorter AS path" by
 * the graph, "lower IGP cost to next hop" by hot potato.
 *
 * <p>One flow per network stands for all of its users: from the first address of its client block
 * to the first address of the world's first service prefix (a DNS query over UDP). Without ECMP
 * across PoPs, which the built-in world does not have, every flow of a network lands at the same PoP.
 *
 * @param prefix           the service prefix the flows were sent to
 * @param landings         one per eyeball network, in the world's order
 * @param pops             one per PoP, in the world's order
 * @param continentalShare users landing on their own continent over users of continents that have a
 *                         PoP (a network that reaches no PoP counts as not on its continent)
 */
public record Catchments(Prefix prefix, List<Landing> landings, List<PopShare> pops, double continentalShare) {
    private static final int DNS_PORT = 53;
    private static final int UDP = 17;
    private static final int EPHEMERAL_PORT = 40_000;

    public Catchments {
        Objects.requireNonNull(prefix, "prefix");
        landings = List.copyOf(landings);
        pops = List.copyOf(pops);
    }

    /**
     * One eyeball network's route to the service.
     *
     * @param eyeball   the network
     * @param continent its continent (AF, AS, EU, NA, OC, SA)
     * @param pop       the PoP reached, or null when the flow is lost
     * @param asPath    the AS path its border router chose (empty without a route)
     * @param hops      the routers on the way, each with why it chose its next hop
     * @param rttMillis round-trip time to the answering server, in milliseconds (0 when lost)
     */
    public record Landing(Eyeball eyeball, String continent, String pop, List<Integer> asPath, List<Hop> hops,
            double rttMillis) {
        public Landing {
            Objects.requireNonNull(eyeball, "eyeball");
            Objects.requireNonNull(continent, "continent");
            asPath = List.copyOf(asPath);
            hops = List.copyOf(hops);
        }

        /** The network's code: its node name without the "eb-" of the built-in worlds ("NL", "US-SAN"). */
        public String code() {
            String name = eyeball.node().name();
            return name.startsWith("eb-") ? name.substring("eb-".length()) : name;
        }
    }

    /**
     * A routing node on a flow's path.
     *
     * @param node   the router (or the eyeball network's border router)
     * @param reason the decision step that picked its best route ("shorter AS path", ...), or ""
     *               where it originates the route or holds no BGP state for it
     */
    public record Hop(Node node, String reason) {}

    /**
     * What one PoP catches.
     *
     * @param code      the PoP
     * @param continent the continent of its metro
     * @param networks  eyeball networks landing there
     * @param users     their Internet users
     * @param share     those users over all users of the world
     */
    public record PopShare(String code, String continent, int networks, long users, double share) {}

    /** Reads the catchments of {@code world} from {@code model}, which should have converged. */
    public static Catchments of(World world, AnycastModel model) {
        Prefix prefix = world.topology().allServicePrefixes().get(0);
        Map<String, String> popContinent = new LinkedHashMap<>();
        for (Pop p : world.pops()) {
            popContinent.put(p.code(), continentOf(p));
        }
        List<Landing> landings = new ArrayList<>();
        for (Eyeball e : world.eyeballs()) {
            landings.add(land(model, e, prefix));
        }
        long totalUsers = world.totalUsers();
        List<PopShare> pops = new ArrayList<>();
        for (Pop p : world.pops()) {
            List<Landing> caught = landings.stream().filter(l -> p.code().equals(l.pop())).toList();
            long users = caught.stream().mapToLong(l -> l.eyeball().users()).sum();
            pops.add(new PopShare(p.code(), popContinent.get(p.code()), caught.size(), users,
                    totalUsers == 0 ? 0.0 : (double) users / totalUsers));
        }
        long withPop = 0;
        long home = 0;
        for (Landing l : landings) {
            if (popContinent.containsValue(l.continent())) {
                withPop += l.eyeball().users();
                if (l.pop() != null && popContinent.get(l.pop()).equals(l.continent())) {
                    home += l.eyeball().users();
                }
            }
        }
        return new Catchments(prefix, landings, pops, withPop == 0 ? 1.0 : (double) home / withPop);
    }

    /** The continent of a PoP: that of the catalogue metro nearest to it (Hong Kong included). */
    static String continentOf(Pop pop) {
        return Metros.nearest(WorldData.get().metros().values(), pop.location()).continent();
    }

    private static Landing land(AnycastModel model, Eyeball e, Prefix prefix) {
        ClientNetwork node = e.node();
        Path path = model.paths().resolve(node, node.clientBlock().address() + 1, prefix.address() + 1,
                EPHEMERAL_PORT, DNS_PORT, UDP);
        List<Hop> hops = new ArrayList<>();
        for (Path.Hop h : path.hops()) {
            Node n = h.node();
            if (n.kind() == NodeKind.ROUTER || n.kind() == NodeKind.CLIENT) {
                hops.add(new Hop(n, reason(model, n, prefix)));
            }
        }
        Decision d = decision(model, node, prefix);
        List<Integer> asPath = new ArrayList<>();
        if (d != null) {
            for (int asn : d.best().attributes().asPath().toArray()) {
                asPath.add(asn);
            }
        }
        return new Landing(e, node.region(), path.pop(), asPath, hops,
                path.delivered() ? path.rttNanos() / 1e6 : 0.0);
    }

    private static String reason(AnycastModel model, Node n, Prefix prefix) {
        Decision d = decision(model, n, prefix);
        return d == null || d.best().source().isLocal() ? "" : d.reason().phrase();
    }

    private static Decision decision(AnycastModel model, Node n, Prefix prefix) {
        Speaker s = model.bgp().speaker(n);
        return s == null ? null : s.decision(prefix);
    }

    /** Users caught per continent of the PoPs: continent -> share of all users. */
    public Map<String, Double> shareByPopContinent() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (PopShare p : pops) {
            out.merge(p.continent(), p.share(), Double::sum);
        }
        return out;
    }

    /** The landing of the eyeball network {@code code} ("NL", "US-SAN"), or null. */
    public Landing landing(String code) {
        return landings.stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
    }

    /** The share of one PoP, or null. */
    public PopShare pop(String code) {
        return pops.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }

    /**
     * A plain-text report: one line per eyeball network (largest first) with its PoP, RTT, AS path
     * and router path (each router followed by its decision step in brackets), then one line per PoP.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "catchments for %s%n", prefix));
        sb.append(String.format(Locale.ROOT, "%-22s %-2s %12s  %-4s %7s  %-22s %s%n", "network", "co", "users", "pop",
                "rtt ms", "as path", "routers [why each chose its next hop]"));
        List<Landing> bySize = new ArrayList<>(landings);
        bySize.sort(Comparator.comparingLong((Landing l) -> l.eyeball().users()).reversed());
        for (Landing l : bySize) {
            StringBuilder route = new StringBuilder();
            for (Hop h : l.hops()) {
                if (route.length() > 0) {
                    route.append(" > ");
                }
                route.append(h.node().name());
                if (!h.reason().isEmpty()) {
                    route.append(" [").append(h.reason()).append(']');
                }
            }
            sb.append(String.format(Locale.ROOT, "%-22s %-2s %,12d  %-4s %7.1f  %-22s %s%n", l.code(), l.continent(),
                    l.eyeball().users(), l.pop() == null ? "-" : l.pop(), l.rttMillis(),
                    l.asPath().stream().map(String::valueOf).reduce((a, b) -> a + " " + b).orElse("-"), route));
        }
        sb.append(String.format(Locale.ROOT, "%n%-4s %-2s %8s %14s %7s%n", "pop", "co", "networks", "users", "share"));
        for (PopShare p : pops) {
            sb.append(String.format(Locale.ROOT, "%-4s %-2s %8d %,14d %6.1f%%%n", p.code(), p.continent(),
                    p.networks(), p.users(), 100 * p.share()));
        }
        shareByPopContinent().forEach((c, s) ->
                sb.append(String.format(Locale.ROOT, "users landing in %s: %.1f%%%n", c, 100 * s)));
        sb.append(String.format(Locale.ROOT, "users landing on their own continent (continents with a PoP): %.1f%%%n",
                100 * continentalShare));
        return sb.toString();
    }
}
