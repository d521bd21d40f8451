package org.anycastsim.scenarios.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.anycastsim.scenarios.input.InputException;
import org.junit.jupiter.api.Test;

class CaidaAsRelImporterTest {

    private static AsRelationships synthetic() throws IOException, InputException {
        try (InputStream in = CaidaAsRelImporterTest.class.getResourceAsStream("synthetic.as-rel.txt")) {
            assertThat(in).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.US_ASCII)) {
                return CaidaAsRelImporter.read(reader, "synthetic.as-rel.txt");
            }
        }
    }

    private static AsRelationships parse(String text) throws IOException, InputException {
        return CaidaAsRelImporter.read(new StringReader(text), "test.as-rel.txt");
    }

    private static InputException refused(String text) {
        InputException e = catchThrowableOfType(InputException.class, () -> parse(text));
        assertThat(e).as("InputException for %s", text).isNotNull();
        return e;
    }

    @Test
    void readsTheSyntheticGraph() throws Exception {
        AsRelationships graph = synthetic();

        assertThat(graph.links()).hasSize(20);
        assertThat(graph.ases()).hasSize(13).contains(64496L, 64506L, 65536L, 65537L);
        assertThat(graph.clique()).containsExactly(64496L, 64497L, 64498L);
        assertThat(graph.links().get(0)).isEqualTo(new AsLink(64496, 64497, Relationship.PEER_TO_PEER));
    }

    @Test
    void answersProvidersCustomersAndPeers() throws Exception {
        AsRelationships graph = synthetic();

        // The anycast network: two transit providers and two peers, one of them on a line with
        // an extra source column.
        assertThat(graph.providersOf(64502)).containsExactlyInAnyOrder(64499L, 64501L);
        assertThat(graph.peersOf(64502)).containsExactlyInAnyOrder(64500L, 64503L);
        assertThat(graph.customersOf(64502)).isEmpty();

        assertThat(graph.customersOf(64500)).containsExactlyInAnyOrder(64504L, 64505L);
        assertThat(graph.providersOf(64505)).containsExactlyInAnyOrder(64500L, 64501L);
        assertThat(graph.customersOf(64504)).containsExactly(65536L);

        // The clique buys transit from nobody and peers among itself.
        for (long tier1 : graph.clique()) {
            assertThat(graph.providersOf(tier1)).isEmpty();
        }
        assertThat(graph.peersOf(64496)).containsExactlyInAnyOrder(64497L, 64498L);
        assertThat(graph.providersOf(4_200_000_000L)).isEmpty();
    }

    @Test
    void aFileWithoutACliqueLineHasAnEmptyClique() throws Exception {
        AsRelationships graph = parse("# just a comment\n\n1|2|-1\n4294967295|2|0\n");
        assertThat(graph.clique()).isEmpty();
        assertThat(graph.customersOf(1)).containsExactly(2L);
        assertThat(graph.peersOf(2)).containsExactly(4_294_967_295L);
    }

    @Test
    void reportsBadFieldsWithLineAndColumn() {
        InputException notANumber = refused("# header\n174|209|0\n174|x9|0\n");
        assertThat(notANumber.getMessage()).isEqualTo("test.as-rel.txt:3:5: field 'as2': not an AS number 'x9'");

        InputException badRelationship = refused("174|209|1\n");
        assertThat(badRelationship.line()).isEqualTo(1);
        assertThat(badRelationship.column()).isEqualTo(9);
        assertThat(badRelationship.field()).isEqualTo("rel");
        assertThat(badRelationship.detail()).startsWith("unknown relationship '1'");

        InputException asZero = refused("0|209|0\n");
        assertThat(asZero.column()).isEqualTo(1);
        assertThat(asZero.field()).isEqualTo("as1");
        assertThat(asZero.detail()).contains("out of range");

        InputException tooBig = refused("174|4294967296|0\n");
        assertThat(tooBig.column()).isEqualTo(5);
        assertThat(tooBig.detail()).contains("out of range");
    }

    @Test
    void reportsLinesOfTheWrongShape() {
        InputException tooFew = refused("174|209|0\n174|209\n");
        assertThat(tooFew.line()).isEqualTo(2);
        assertThat(tooFew.column()).isEqualTo(8);
        assertThat(tooFew.detail()).contains("found 2 fields");

        InputException tooMany = refused("174|209|0|bgp|extra\n");
        assertThat(tooMany.column()).isEqualTo(15);
        assertThat(tooMany.detail()).contains("found 5 fields");

        assertThat(refused("174|209|0|\n").field()).isEqualTo("source");
        assertThat(refused(" 174|209|0\n").field()).isEqualTo("as1");
    }

    @Test
    void reportsSelfLinksAndDuplicatePairs() {
        InputException self = refused("174|174|0\n");
        assertThat(self.column()).isEqualTo(5);
        assertThat(self.detail()).contains("linked to itself");

        InputException duplicate = refused("174|209|0\n3356|174|-1\n209|174|-1\n");
        assertThat(duplicate.line()).isEqualTo(3);
        assertThat(duplicate.detail()).contains("first on line 1");
    }

    @Test
    void reportsABadCliqueMember() {
        InputException e = refused("# inferred clique: 174 209 ab1 701\n");
        assertThat(e.getMessage()).isEqualTo("test.as-rel.txt:1:28: field 'clique': not an AS number 'ab1'");
        assertThat(refused("# inferred clique: 174\n# inferred clique: 209\n").line()).isEqualTo(2);
    }
}
