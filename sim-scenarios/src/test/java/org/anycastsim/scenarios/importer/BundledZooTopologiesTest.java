package org.anycastsim.scenarios.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every Topology Zoo file shipped in the main resources imports cleanly and has the counts
 * listed in its README, so the bundled data and its documentation cannot drift apart.
 */
class BundledZooTopologiesTest {

    private static final String DIRECTORY = "/org/anycastsim/scenarios/data/topology-zoo/";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Abilene,           11,  14,  11",
        "AttMpls,           25,  57,  25",
        "Cogentco,          197, 245, 186",
        "Geant2012,         40,  61,  37",
        "HurricaneElectric, 24,  37,  24",
        "Ntt,               47,  216, 47",
        "Sprint,            11,  18,  11",
        "Tinet,             53,  89,  48",
        "Highwinds,         18,  53,  18",
        "Savvis,            19,  20,  19",
    })
    void importsWithTheDocumentedCounts(String network, int nodes, int edges, int withCoordinates) throws Exception {
        String name = network + ".graphml";
        try (InputStream in = getClass().getResourceAsStream(DIRECTORY + name)) {
            assertThat(in).as("bundled %s", name).isNotNull();
            ZooGraph graph = GraphMlImporter.read(in, name);

            assertThat(graph.nodes()).hasSize(nodes);
            assertThat(graph.edges()).hasSize(edges);
            assertThat(graph.nodes().stream().filter(ZooNode::hasCoordinates)).hasSize(withCoordinates);
            assertThat(graph.name()).isNotBlank();
        }
    }
}
