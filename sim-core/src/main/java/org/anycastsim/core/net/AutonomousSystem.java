package org.anycastsim.core.net;

import java.util.Objects;

/** An autonomous system: its number (unsigned 32-bit, held in an int), name and role. */
public record AutonomousSystem(int asn, String name, AsRole role) {
    public AutonomousSystem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** "AS13335". */
    public String label() {
        return "AS" + Integer.toUnsignedString(asn);
    }

    @Override
    public String toString() {
        return label() + " " + name;
    }
}
