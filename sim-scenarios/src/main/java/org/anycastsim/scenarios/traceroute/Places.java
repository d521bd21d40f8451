package org.anycastsim.scenarios.traceroute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.NodeKind;
import org.anycastsim.scenarios.scenario.source.Suggestions;
import org.anycastsim.scenarios.world.Eyeball;
import org.anycastsim.scenarios.world.Metro;
import org.anycastsim.scenarios.world.Pop;
import org.anycastsim.scenarios.world.World;
import org.anycastsim.scenarios.world.WorldData;

/**
 * Reads a place the way a person names it and finds the node a traceroute from there starts at.
 * Case does not matter. In this order, the first that fits wins:
 *
 * <ol>
 *   <li>a node name ({@code eb-GB}, {@code LHR-r1}, {@code AS174-LON}); it must route packets;</li>
 *   <li>a PoP code ({@code LHR}): the PoP's router;</li>
 *   <li>an eyeball network's code ({@code GB}, {@code US-NEN}, {@code western-europe});</li>
 *   <li>a country, by ISO code ({@code US}, {@code LU}) or English name ({@code Luxembourg}): its
 *       eyeball network; a split country (US, CA, RU) gives its region with the most users, a small
 *       country the regional network it was merged into;</li>
 *   <li>an eyeball network's name ({@code United States New England});</li>
 *   <li>a city: a PoP's city or a metro of the world data ({@code London}, {@code San Jose}): the
 *       users there, i.e. the nearest eyeball network of the city's country, else the nearest one.</li>
 * </ol>
 *
 * <p>A city means its users, not the PoP in it: "from London" is the trip a London user's packet
 * makes, which is what the seed post's traceroutes show.
 */
public final class Places {
    private static final int MAX_SUGGESTIONS = 3;

    private final World world;
    private final Map<String, Node> nodes = new HashMap<>();
    private final List<ClientNetwork> clients;
    private final Map<ClientNetwork, Eyeball> eyeballs = new HashMap<>();

    public Places(World world) {
        this.world = world;
        world.topology().nodes().forEach(n -> nodes.put(fold(n.name()), n));
        clients = world.topology().nodesOf(ClientNetwork.class);
        world.eyeballs().forEach(e -> eyeballs.put(e.node(), e));
    }

    /** The place {@code typed} names; an {@link UnknownPlaceException} with suggestions when none fits. */
    public Place resolve(String typed) {
        String key = fold(typed.trim());
        Node node = nodes.get(key);
        if (node != null) {
            if (!node.routes()) {
                throw new IllegalArgumentException(node.name() + " is a " + kindName(node.kind())
                        + ": a traceroute starts at a router or an eyeball network");
            }
            String what = node instanceof ClientNetwork c ? "eyeball network " + describe(c)
                    : kindName(node.kind()) + " " + node.name() + " (" + node.as().label() + ")";
            return new Place(typed, node, what);
        }
        return popRouter(typed, key)
                .or(() -> eyeballByCode(typed, key))
                .or(() -> country(typed, key))
                .or(() -> eyeballByName(typed, key))
                .or(() -> city(typed, key))
                .orElseThrow(() -> new UnknownPlaceException(typed, world.name(), suggestions(typed)));
    }

    private Optional<Place> popRouter(String typed, String key) {
        for (String code : world.topology().pops()) {
            if (fold(code).equals(key)) {
                Optional<Node> router = world.topology().popNodes(code).stream()
                        .filter(n -> n.kind() == NodeKind.ROUTER).findFirst();
                return router.map(r -> new Place(typed, r, "PoP " + code + ": its router " + r.name()));
            }
        }
        return Optional.empty();
    }

    private Optional<Place> eyeballByCode(String typed, String key) {
        Node node = nodes.get(fold("eb-" + key));
        return node instanceof ClientNetwork c ? Optional.of(new Place(typed, c, "eyeball network " + describe(c)))
                : Optional.empty();
    }

    private Optional<Place> country(String typed, String key) {
        String iso2 = countryNames().get(key);
        if (iso2 == null) {
            return Optional.empty();
        }
        Optional<ClientNetwork> biggest = clients.stream().filter(c -> c.country().equalsIgnoreCase(iso2))
                .max(Comparator.comparingDouble(ClientNetwork::demandWeight));
        if (biggest.isPresent()) {
            long regions = clients.stream().filter(c -> c.country().equalsIgnoreCase(iso2)).count();
            String how = regions > 1 ? "the region with the most users among the " + regions + " of " + iso2
                    : "the eyeball network of country " + iso2;
            return Optional.of(new Place(typed, biggest.get(), how + ": " + describe(biggest.get())));
        }
        String iso3 = iso3(iso2);
        return world.eyeballs().stream().filter(e -> iso3 != null && e.members().contains(iso3)).findFirst()
                .map(e -> new Place(typed, e.node(), "country " + iso2 + ", merged into " + describe(e.node())));
    }

    private Optional<Place> eyeballByName(String typed, String key) {
        return world.eyeballs().stream().filter(e -> fold(e.name()).equals(key)).findFirst()
                .map(e -> new Place(typed, e.node(), "eyeball network " + describe(e.node())));
    }

    private Optional<Place> city(String typed, String key) {
        for (Pop pop : world.pops()) {
            if (fold(pop.city()).equals(key)) {
                return usersNear(typed, "city of PoP " + pop.code(), pop.country(), pop.location());
            }
        }
        for (Metro metro : WorldData.get().metros().values()) {
            if (fold(metro.city()).equals(key)) {
                return usersNear(typed, "city " + metro.city(), metro.country(), metro.location());
            }
        }
        return Optional.empty();
    }

    /**
     * The users of a city: the eyeball network of its country nearest to it; for a country without
     * one of its own (Hong Kong in 2013's data), the nearest of all, and the meaning says so.
     */
    private Optional<Place> usersNear(String typed, String city, String country, GeoPoint where) {
        Comparator<ClientNetwork> byDistance = Comparator.comparingDouble(c -> c.location().distanceKm(where));
        Optional<ClientNetwork> own = clients.stream().filter(c -> c.country().equalsIgnoreCase(country))
                .min(byDistance);
        if (own.isPresent()) {
            return Optional.of(new Place(typed, own.get(), city + ", its users: " + describe(own.get())));
        }
        Optional<String> merged = Optional.ofNullable(iso3(country)).flatMap(iso3 -> world.eyeballs().stream()
                .filter(e -> e.members().contains(iso3)).findFirst()).map(e -> e.node().name());
        Optional<ClientNetwork> host = merged.map(n -> (ClientNetwork) nodes.get(fold(n)))
                .or(() -> clients.stream().min(byDistance));
        return host.map(c -> new Place(typed, c, city + ": " + country + " has no eyeball network of its own"
                + (merged.isPresent() ? "; its users are in " : "; the nearest is ") + describe(c)));
    }

    private String describe(ClientNetwork c) {
        Eyeball e = eyeballs.get(c);
        return c.name() + (e != null ? " (" + e.name() + ")" : "");
    }

    /**
     * Up to three close names: first those containing what was typed ("Jose": San Jose), then
     * likely typos ("Lodnon": London).
     */
    private List<String> suggestions(String typed) {
        Map<String, String> byFolded = new LinkedHashMap<>();
        candidateNames().forEach(c -> byFolded.putIfAbsent(fold(c), c));
        Set<String> out = new LinkedHashSet<>();
        String key = fold(typed.trim());
        if (key.length() >= 3) {
            byFolded.forEach((f, name) -> {
                if (out.size() < MAX_SUGGESTIONS && f.contains(key)) {
                    out.add(name);
                }
            });
        }
        List<String> folded = new ArrayList<>(byFolded.keySet());
        while (out.size() < MAX_SUGGESTIONS) {
            Optional<String> near = Suggestions.closest(key, folded);
            if (near.isEmpty()) {
                break;
            }
            out.add(byFolded.get(near.get()));
            folded.remove(near.get());
        }
        return List.copyOf(out);
    }

    /** Every name {@link #resolve} accepts, places before node names so that suggestions prefer them. */
    private List<String> candidateNames() {
        List<String> names = new ArrayList<>();
        world.pops().forEach(p -> names.add(p.city()));
        WorldData.get().metros().values().forEach(m -> names.add(m.city()));
        world.eyeballs().forEach(e -> names.add(e.name()));
        world.topology().pops().forEach(names::add);
        for (ClientNetwork c : clients) {
            names.add(c.country());
            if (c.name().startsWith("eb-")) {
                names.add(c.name().substring(3));
            }
        }
        world.topology().nodes().stream().filter(Node::routes).forEach(n -> names.add(n.name()));
        return names;
    }

    /** Lower-case ISO code and English name of every country -> its ISO 3166-1 alpha-2 code. */
    private static Map<String, String> countryNames() {
        Map<String, String> out = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            out.put(fold(iso2), iso2);
            out.putIfAbsent(fold(new Locale("", iso2).getDisplayCountry(Locale.ENGLISH)), iso2);
        }
        return out;
    }

    /** The ISO 3166-1 alpha-3 code of an alpha-2 one, or null when Java does not know it. */
    private static String iso3(String iso2) {
        try {
            return new Locale("", iso2).getISO3Country();
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String kindName(NodeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
