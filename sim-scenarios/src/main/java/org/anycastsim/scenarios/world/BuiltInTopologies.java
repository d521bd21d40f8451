package org.anycastsim.scenarios.world;

import java.util.List;
import java.util.Optional;

/** The registry of built-in worlds, by name. */
public final class BuiltInTopologies {
    public static final BuiltInTopology<Cloudflare2013Options> CLOUDFLARE_2013 = new BuiltInTopology<>(
            Cloudflare2013.NAME, Cloudflare2013.DESCRIPTION, Cloudflare2013Options::defaults, Cloudflare2013::build);
    public static final BuiltInTopology<TextbookOptions> DIAMOND = new BuiltInTopology<>(
            Diamond.NAME, Diamond.DESCRIPTION, TextbookOptions::defaults, Diamond::build);
    public static final BuiltInTopology<TextbookOptions> CLIQUE_5 = new BuiltInTopology<>(
            Clique5.NAME, Clique5.DESCRIPTION, TextbookOptions::defaults, Clique5::build);

    private static final List<BuiltInTopology<?>> ALL = List.of(CLOUDFLARE_2013, DIAMOND, CLIQUE_5);

    private BuiltInTopologies() {}

    /** Every built-in world, the main one first. */
    public static List<BuiltInTopology<?>> all() {
        return ALL;
    }

    public static Optional<BuiltInTopology<?>> find(String name) {
        return ALL.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /** The built-in world of that name; an IllegalArgumentException naming the known ones otherwise. */
    public static BuiltInTopology<?> get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no built-in topology '" + name + "' (known: "
                + String.join(", ", ALL.stream().map(BuiltInTopology::name).toList()) + ")"));
    }
}
