package org.anycastsim.core.net;

import java.util.Objects;
import org.anycastsim.core.geo.GeoPoint;

/**
 * An eyeball network: the users of one country (or region) behind one border router. It is the
 * source of demand ({@link #demandWeight()}, e.g. internet users) and of client addresses
 * ({@link #clientBlock()}) for sampled sessions.
 */
public final class ClientNetwork extends Node {
    private final String country;
    private final String region;
    private final double demandWeight;
    private final Prefix clientBlock;

    ClientNetwork(int id, String name, AutonomousSystem as, GeoPoint location, int address,
            String country, String region, double demandWeight, Prefix clientBlock) {
        super(id, name, as, location, null, address);
        if (!(demandWeight >= 0)) {
            throw new IllegalArgumentException("demand weight must be >= 0: " + demandWeight);
        }
        this.country = Objects.requireNonNull(country, "country");
        this.region = Objects.requireNonNull(region, "region");
        this.demandWeight = demandWeight;
        this.clientBlock = Objects.requireNonNull(clientBlock, "clientBlock");
    }

    @Override
    public NodeKind kind() {
        return NodeKind.CLIENT;
    }

    @Override
    public boolean routes() {
        return true;
    }

    /** ISO 3166-1 alpha-2 code (or a region code for aggregated small countries). */
    public String country() {
        return country;
    }

    /** Continent or region, for latency distributions per client region. */
    public String region() {
        return region;
    }

    public double demandWeight() {
        return demandWeight;
    }

    /** The addresses its users' packets come from. */
    public Prefix clientBlock() {
        return clientBlock;
    }
}
