package org.anycastsim.scenarios.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.PeeringRelation;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Topology;
import org.anycastsim.scenarios.importer.AsLink;
import org.anycastsim.scenarios.importer.AsRelationships;
import org.anycastsim.scenarios.importer.Relationship;

/**
 * An AS-level world from an AS relationship graph (CAIDA serial-1, read by
 * {@link org.anycastsim.scenarios.importer.CaidaAsRelImporter}): one node per AS, one link and
 * one eBGP session per AS link, with the inferred business relationship (provider-customer or
 * peer). With one node per AS there is no IGP and no hot potato: this world studies AS-path
 * length and export policy at Internet scale, not catchments inside networks.
 *
 * <p>Roles: the origin is OPERATOR, members of the inferred clique TIER1, other ASes with
 * customers TRANSIT; a stub (no customers) is a client network when {@code clientsAtStubs}
 * (country "ZZ", demand weight 1), else OTHER. Nodes are created in ascending AS order, links in
 * file order. The graph has no coordinates: every node sits at (0, 0) and links get a fixed delay.
 */
public final class AsGraphTopology {
    private static final GeoPoint NOWHERE = new GeoPoint(0, 0);

    private AsGraphTopology() {}

    public static World fromCaida(AsRelationships graph, AsGraphOptions o) {
        Topology t = new Topology(o.name());
        SessionPlan.Builder sessions = SessionPlan.builder(t);
        if (o.originAsn() != 0 && !graph.ases().contains(o.originAsn())) {
            throw new IllegalArgumentException("origin AS" + o.originAsn() + " is not in the graph");
        }
        long stubs = graph.ases().stream().filter(a -> isStub(graph, a, o)).count();
        long blocks = 1L << (o.clientBlockLength() - o.clientBlockPool().length());
        if (o.clientsAtStubs() && stubs > blocks) {
            throw new IllegalArgumentException(stubs + " stub ASes, but " + o.clientBlockPool() + " holds only " + blocks
                    + " blocks of /" + o.clientBlockLength());
        }
        Map<Long, Node> nodeOf = new HashMap<>();
        List<TransitAs> transit = new ArrayList<>();
        List<Eyeball> eyeballs = new ArrayList<>();
        int clientIndex = 0;
        for (long asn : graph.ases()) {
            String label = "AS" + asn;
            if (isStub(graph, asn, o)) {
                AutonomousSystem as = t.addAs((int) asn, label, AsRole.EYEBALL);
                Prefix block = new Prefix(o.clientBlockPool().address() + (clientIndex++ << (32 - o.clientBlockLength())),
                        o.clientBlockLength());
                ClientNetwork c = t.addClient(label, as, NOWHERE, "ZZ", "unknown", 1.0, block);
                nodeOf.put(asn, c);
                eyeballs.add(new Eyeball(c, label, List.of(), 1, List.of(), null));
            } else {
                AsRole role = roleOf(graph, asn, o);
                AutonomousSystem as = t.addAs((int) asn, label, role);
                Router r = t.addRouter(label, as, NOWHERE, null);
                nodeOf.put(asn, r);
                if (role == AsRole.TIER1 || role == AsRole.TRANSIT) {
                    transit.add(TransitAs.singleRouter(as, r));
                }
            }
        }
        for (AsLink l : graph.links()) {
            Node a = nodeOf.get(l.as1());
            Node b = nodeOf.get(l.as2());
            Link link = t.connect(a, b, o.linkDelayNanos(), o.linkCapacityBps());
            sessions.ebgp(a, b, link, l.relationship() == Relationship.PROVIDER_TO_CUSTOMER
                    ? PeeringRelation.CUSTOMER : PeeringRelation.PEER);
        }
        if (o.originAsn() != 0) {
            o.servicePrefixes().forEach((service, prefixes) -> prefixes.forEach(p -> t.addServicePrefix(service, p)));
        }
        String description = "AS-level graph: " + graph.ases().size() + " ASes, " + graph.links().size() + " links"
                + (o.originAsn() != 0 ? ", origin AS" + o.originAsn() : "");
        return new World(o.name(), description, t, sessions.build(), List.of(), transit, eyeballs, List.of(), o);
    }

    private static boolean isStub(AsRelationships graph, long asn, AsGraphOptions o) {
        return o.clientsAtStubs() && asn != o.originAsn() && graph.customersOf(asn).isEmpty()
                && !graph.clique().contains(asn);
    }

    private static AsRole roleOf(AsRelationships graph, long asn, AsGraphOptions o) {
        if (asn == o.originAsn()) {
            return AsRole.OPERATOR;
        }
        if (graph.clique().contains(asn)) {
            return AsRole.TIER1;
        }
        return graph.customersOf(asn).isEmpty() ? AsRole.OTHER : AsRole.TRANSIT;
    }
}
