package org.anycastsim.scenarios.world;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.anycastsim.core.net.Prefix;

/**
 * Options of an AS-level world built from an AS relationship graph ({@link AsGraphTopology}).
 *
 * @param name            the topology's name
 * @param linkDelayNanos  delay of every inter-AS link (the graph has no geography): 5 ms
 * @param linkCapacityBps capacity of every inter-AS link: 100 Gbit/s
 * @param originAsn       the AS that originates the service prefixes (role OPERATOR), 0 for none
 * @param servicePrefixes service -> prefixes it originates (ignored without an origin)
 * @param clientsAtStubs  make every stub AS (no customers) a client network with demand weight 1
 *                        and a client block, so that traffic has sources
 * @param clientBlockPool where the client blocks come from
 * @param clientBlockLength length of each client block
 */
public record AsGraphOptions(String name, long linkDelayNanos, long linkCapacityBps, long originAsn,
        Map<String, List<Prefix>> servicePrefixes, boolean clientsAtStubs, Prefix clientBlockPool, int clientBlockLength) {
    public AsGraphOptions {
        Objects.requireNonNull(name, "name");
        if (linkDelayNanos < 0) {
            throw new IllegalArgumentException("linkDelayNanos must be >= 0");
        }
        if (linkCapacityBps <= 0) {
            throw new IllegalArgumentException("linkCapacityBps must be positive");
        }
        if (originAsn < 0 || originAsn > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("originAsn out of range: " + originAsn);
        }
        Map<String, List<Prefix>> copy = new LinkedHashMap<>();
        servicePrefixes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        servicePrefixes = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(clientBlockPool, "clientBlockPool");
        if (clientBlockLength < clientBlockPool.length() || clientBlockLength > 30) {
            throw new IllegalArgumentException("clientBlockLength must be between the pool's length and 30");
        }
    }

    /** No origin, clients at stubs with /24s from 11.0.0.0/8, 5 ms and 100 Gbit/s per link. */
    public static AsGraphOptions defaults(String name) {
        return new AsGraphOptions(name, 5_000_000L, 100_000_000_000L, 0, Map.of(), true, Prefix.parse("11.0.0.0/8"), 24);
    }

    /** These options with an origin AS that announces {@code prefixes} for {@code service}. */
    public AsGraphOptions withOrigin(long asn, String service, List<Prefix> prefixes) {
        Map<String, List<Prefix>> services = new LinkedHashMap<>(servicePrefixes);
        services.put(service, prefixes);
        return new AsGraphOptions(name, linkDelayNanos, linkCapacityBps, asn, services, clientsAtStubs, clientBlockPool,
                clientBlockLength);
    }
}
