package org.anycastsim.scenarios.scenario.topology;

import java.util.List;
import java.util.Optional;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.SessionKind;
import org.anycastsim.scenarios.scenario.source.Where;

/** A network written out in the scenario: ASes, routers, links, BGP sessions, prefixes, PoPs, clients. */
public record ExplicitTopology(List<AsSpec> ases, List<RouterSpec> routers, List<LinkSpec> links,
        List<SessionSpec> sessions, List<PrefixOrigin> prefixes, List<PopSpec> pops, List<ClientSpec> clients,
        Where where) implements TopologySpec {

    public ExplicitTopology {
        ases = List.copyOf(ases);
        routers = List.copyOf(routers);
        links = List.copyOf(links);
        sessions = List.copyOf(sessions);
        prefixes = List.copyOf(prefixes);
        pops = List.copyOf(pops);
        clients = List.copyOf(clients);
    }

    public Optional<RouterSpec> router(String name) {
        return routers.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public Optional<LinkSpec> link(String a, String b) {
        return links.stream().filter(l -> l.joins(a, b)).findFirst();
    }

    /**
     * The session's kind: as written, else eBGP between routers of different ASes and iBGP inside
     * one (empty while a router is unknown).
     */
    public Optional<SessionKind> kindOf(SessionSpec session) {
        if (session.type().isPresent()) {
            return session.type();
        }
        Optional<RouterSpec> a = router(session.a());
        Optional<RouterSpec> b = router(session.b());
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(a.get().asn() == b.get().asn() ? SessionKind.IBGP : SessionKind.EBGP);
    }

    /** The role {@code b} plays for {@code a}: as written for eBGP, INTERNAL for iBGP. */
    public Optional<PeeringRelation> relationOf(SessionSpec session) {
        Optional<SessionKind> kind = kindOf(session);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return kind.get() == SessionKind.IBGP ? Optional.of(PeeringRelation.INTERNAL) : session.relationship();
    }
}
