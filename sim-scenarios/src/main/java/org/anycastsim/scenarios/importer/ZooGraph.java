package org.anycastsim.scenarios.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A network topology read from the Internet Topology Zoo (S. Knight et al., "The Internet
 * Topology Zoo", IEEE JSAC 29(9), 2011), independent of the GraphML it came from.
 *
 * @param name  the Zoo's {@code Network} attribute (e.g. "Abilene"), or the graph label, or
 *              the file name without extension
 * @param nodes in file order
 * @param edges in file order; every end names a node of {@code nodes}
 */
public record ZooGraph(String name, List<ZooNode> nodes, List<ZooEdge> edges) {

    public ZooGraph {
        Objects.requireNonNull(name, "name");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The node with this id, if any (a linear scan: Zoo graphs have at most a few hundred nodes). */
    public Optional<ZooNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** Nodes the file gives no coordinates for, which callers must drop or place. */
    public List<ZooNode> nodesWithoutCoordinates() {
        return nodes.stream().filter(n -> !n.hasCoordinates()).toList();
    }
}
