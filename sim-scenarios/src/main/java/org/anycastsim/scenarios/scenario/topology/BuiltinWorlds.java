package org.anycastsim.scenarios.scenario.topology;

import java.util.List;
import java.util.Map;
import org.anycastsim.scenarios.world.BuiltInTopologies;
import org.anycastsim.scenarios.world.BuiltInTopology;
import org.anycastsim.scenarios.world.Cloudflare2013Options;
import org.anycastsim.scenarios.world.TextbookOptions;
import org.anycastsim.scenarios.world.World;

/**
 * Builds the world a {@link BuiltinTopology} describes: the registry's options with the
 * scenario's overrides applied. The validator uses it to learn the world's names; the runner, to
 * get the world to run (a fresh one each time: worlds hold up/down state).
 */
public final class BuiltinWorlds {

    /** Which option of the world's builder each override feeds, to point its errors at the right field. */
    private static final Map<String, String> OPTION_TO_FIELD = Map.of("serversPerPop", "serversPerPop",
            "serversPerSizeClass", "serversPerPop", "switchesPerPop", "switchesPerPop", "transitAses", "transits",
            "propagation", "pathInflation", "peeringShare", "peeringShare", "servicePrefixes", "services",
            "clientBlockPool", "services");

    private BuiltinWorlds() {}

    /** The names of the built-in worlds. */
    public static List<String> names() {
        return BuiltInTopologies.all().stream().map(BuiltInTopology::name).toList();
    }

    /**
     * The world, built.
     *
     * @throws OverrideException when the world does not know the name or cannot take an override
     */
    public static World build(BuiltinTopology spec) {
        BuiltInTopology<?> topology = BuiltInTopologies.find(spec.name())
                .orElseThrow(() -> new OverrideException(null, "no built-in topology '" + spec.name() + "'"));
        Record defaults = topology.defaults().get();
        if (defaults instanceof Cloudflare2013Options options) {
            return BuiltInTopologies.CLOUDFLARE_2013.build(cloudflare(options, spec.overrides()));
        }
        if (defaults instanceof TextbookOptions options) {
            @SuppressWarnings("unchecked")
            BuiltInTopology<TextbookOptions> textbook = (BuiltInTopology<TextbookOptions>) topology;
            return textbook.build(textbook(spec.name(), options, spec.overrides()));
        }
        throw new OverrideException(null, spec.name() + " takes no overrides");
    }

    private static Cloudflare2013Options cloudflare(Cloudflare2013Options defaults, BuiltinOverrides o) {
        Cloudflare2013Options.Builder b = defaults.toBuilder();
        o.serversPerPop().ifPresent(b::serversPerPop);
        o.serversByPop().forEach(b::serversPerPop);
        o.switchesPerPop().ifPresent(b::switchesPerPop);
        o.transits().ifPresent(b::transitAses);
        o.peeringShare().ifPresent(b::peeringShare);
        if (!o.services().isEmpty()) {
            b.clearServicePrefixes();
            o.services().forEach(b::servicePrefixes);
        }
        try {
            o.pathInflation().ifPresent(b::pathInflation);
            return b.build();
        } catch (OverrideException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new OverrideException(fieldOf(e.getMessage()), e.getMessage());
        }
    }

    private static TextbookOptions textbook(String world, TextbookOptions d, BuiltinOverrides o) {
        refuse(world, "serversPerPop", !o.serversByPop().isEmpty(), "one count for every PoP (serversPerPop: 4)");
        refuse(world, "transits", o.transits().isPresent(), null);
        refuse(world, "peeringShare", o.peeringShare().isPresent(), null);
        refuse(world, "services", !o.services().isEmpty(), null);
        try {
            var propagation = o.pathInflation().isPresent()
                    ? d.propagation().withPathInflation(o.pathInflation().getAsDouble()) : d.propagation();
            return new TextbookOptions(o.serversPerPop().orElse(d.serversPerPop()),
                    o.switchesPerPop().orElse(d.switchesPerPop()), propagation, d.links());
        } catch (IllegalArgumentException e) {
            throw new OverrideException(fieldOf(e.getMessage()), e.getMessage());
        }
    }

    private static void refuse(String world, String field, boolean given, String instead) {
        if (given) {
            throw new OverrideException(field, world + " has no such option" + (instead == null ? "" : "; it takes " + instead));
        }
    }

    private static String fieldOf(String message) {
        if (message == null) {
            return null;
        }
        for (var e : OPTION_TO_FIELD.entrySet()) {
            if (message.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return message.contains("inflation") ? "pathInflation" : null;
    }
}
