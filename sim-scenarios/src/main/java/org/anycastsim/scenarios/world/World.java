package org.anycastsim.scenarios.world;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Topology;

/**
 * A built world: the graph, the BGP sessions the BGP layer is to bring up, and what the builder
 * knows about the parts, for reports and scenario files.
 *
 * @param name        the built-in topology's name, e.g. "cloudflare-2013"
 * @param description one line for listings
 * @param topology    ASes, nodes, links, service prefixes
 * @param sessions    every eBGP and iBGP session, with business relationships
 * @param pops        the operator's PoPs (empty for a world without one)
 * @param transitAses the transit networks
 * @param eyeballs    the eyeball networks
 * @param assumptions what this build had to assume beyond the data, one line each
 * @param options     the options it was built with
 */
public record World(String name, String description, Topology topology, SessionPlan sessions, List<Pop> pops,
        List<TransitAs> transitAses, List<Eyeball> eyeballs, List<String> assumptions, Record options) {
    public World {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(sessions, "sessions");
        pops = List.copyOf(pops);
        transitAses = List.copyOf(transitAses);
        eyeballs = List.copyOf(eyeballs);
        assumptions = List.copyOf(assumptions);
        Objects.requireNonNull(options, "options");
    }

    public Optional<Pop> pop(String code) {
        return pops.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<TransitAs> transitAs(int asn) {
        return transitAses.stream().filter(t -> t.asn() == asn).findFirst();
    }

    /** Sum of the eyeball networks' demand weights (Internet users). */
    public long totalUsers() {
        return eyeballs.stream().mapToLong(Eyeball::users).sum();
    }
}
