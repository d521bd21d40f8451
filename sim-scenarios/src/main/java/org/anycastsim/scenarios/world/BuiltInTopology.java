package org.anycastsim.scenarios.world;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A world the simulator knows by name, with its options type.
 *
 * @param name        what scenario files and the CLI call it, e.g. "cloudflare-2013"
 * @param description one line for listings
 * @param defaults    its default options
 * @param builder     builds the world from options
 * @param <O>         its options record
 */
public record BuiltInTopology<O extends Record>(String name, String description, Supplier<O> defaults,
        Function<O, World> builder) {
    public BuiltInTopology {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(builder, "builder");
    }

    /** The world with default options. */
    public World build() {
        return builder.apply(defaults.get());
    }

    public World build(O options) {
        return builder.apply(Objects.requireNonNull(options, "options"));
    }
}
