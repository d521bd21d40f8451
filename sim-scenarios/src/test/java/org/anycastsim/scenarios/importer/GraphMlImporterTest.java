package org.anycastsim.scenarios.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.scenarios.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphMlImporterTest {

    private static ZooGraph resource(String name) throws IOException, InputException {
        try (InputStream in = GraphMlImporterTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return GraphMlImporter.read(in, name);
        }
    }

    private static ZooGraph parse(String xml, String source) throws IOException, InputException {
        return GraphMlImporter.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), source);
    }

    private static InputException refused(String xml, String source) {
        InputException e = catchThrowableOfType(InputException.class, () -> parse(xml, source));
        assertThat(e).as("InputException for %s", source).isNotNull();
        return e;
    }

    /** A tiny GraphML document with made-up key ids, to show keys are resolved by attr.name. */
    private static String graphml(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key attr.name="Latitude" attr.type="double" for="node" id="lat"/>
                  <key attr.name="Longitude" attr.type="double" for="node" id="lon"/>
                  <key attr.name="label" attr.type="string" for="node" id="name"/>
                  <key attr.name="Country" attr.type="string" for="node" id="cc"/>
                  <key attr.name="Internal" attr.type="int" for="node" id="int"><default>1</default></key>
                  <key attr.name="LinkLabel" attr.type="string" for="edge" id="ll"/>
                  <key attr.name="Network" attr.type="string" for="graph" id="net"/>
                  <graph edgedefault="undirected">
                """ + body + """
                  </graph>
                </graphml>
                """;
    }

    @Test
    void readsAbilene() throws Exception {
        ZooGraph abilene = resource("Abilene.graphml");

        assertThat(abilene.name()).isEqualTo("Abilene");
        assertThat(abilene.nodes()).hasSize(11);
        assertThat(abilene.edges()).hasSize(14);
        assertThat(abilene.nodesWithoutCoordinates()).isEmpty();

        ZooNode newYork = abilene.node("0").orElseThrow();
        assertThat(newYork.label()).isEqualTo("New York");
        assertThat(newYork.latitude()).isEqualTo(40.71427);
        assertThat(newYork.longitude()).isEqualTo(-74.00597);
        assertThat(newYork.country()).isEqualTo("United States");
        assertThat(newYork.internal()).isTrue();
        assertThat(newYork.position()).contains(new GeoPoint(40.71427, -74.00597));

        assertThat(abilene.edges().get(0)).isEqualTo(new ZooEdge("0", "1", "OC-192c", Double.NaN));
    }

    @Test
    void readsGeantWithLinkSpeedsAndNodesWithoutCoordinates() throws Exception {
        ZooGraph geant = resource("Geant2012.graphml");

        assertThat(geant.name()).isEqualTo("GEANT");
        assertThat(geant.nodes()).hasSize(40);
        assertThat(geant.edges()).hasSize(61);
        assertThat(geant.nodesWithoutCoordinates()).extracting(ZooNode::label).containsExactly("UA", "MD", "BY");
        ZooNode ukraine = geant.node("10").orElseThrow();
        assertThat(ukraine.hasCoordinates()).isFalse();
        assertThat(ukraine.position()).isEmpty();
        assertThat(ukraine.country()).isEmpty();

        assertThat(geant.edges().stream().filter(ZooEdge::hasCapacity)).hasSize(39);
        ZooEdge bulgariaLink = geant.edges().stream()
                .filter(e -> e.sourceId().equals("3") && e.targetId().equals("10")).findFirst().orElseThrow();
        assertThat(bulgariaLink.capacityBitsPerSecond()).isEqualTo(1e9);
        assertThat(bulgariaLink.label()).isEqualTo("1 Gbps");
    }

    @Test
    void resolvesKeysByNameAppliesDefaultsAndAcceptsEdgesBeforeNodes() throws Exception {
        ZooGraph graph = parse(graphml("""
                <data key="net">Tiny &amp; Co</data>
                <edge source="a" target="b"><data key="ll">10 Gbps</data></edge>
                <node id="a"><data key="lat">51.5</data><data key="lon">-0.12</data><data key="name">London</data></node>
                <node id="b"><data key="name">Peer</data><data key="int">0</data></node>
                """), "tiny.graphml");

        assertThat(graph.name()).isEqualTo("Tiny & Co");
        ZooNode london = graph.node("a").orElseThrow();
        assertThat(london.latitude()).isCloseTo(51.5, within(0.0));
        assertThat(london.internal()).isTrue();
        ZooNode peer = graph.node("b").orElseThrow();
        assertThat(peer.hasCoordinates()).isFalse();
        assertThat(peer.internal()).isFalse();
        assertThat(graph.edges()).containsExactly(new ZooEdge("a", "b", "10 Gbps", Double.NaN));
    }

    @Test
    void reportsABadKeyDefaultAtItsDeclaration() {
        String xml = """
                <graphml>
                  <key attr.name="Internal" for="node" id="i"><default>maybe</default></key>
                  <graph><node id="a"/></graph>
                </graphml>
                """;
        InputException e = refused(xml, "f.graphml");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.field()).isEqualTo("Internal");
        assertThat(e.detail()).isEqualTo("expected 0 or 1, got 'maybe'");
    }

    @Test
    void ignoresCommentsInsideValues() throws Exception {
        ZooGraph graph = parse(graphml("<node id=\"a\"><data key=\"name\">Par<!-- sic -->is</data></node>"), "f");
        assertThat(graph.node("a").orElseThrow().label()).isEqualTo("Paris");
    }

    @Test
    void namesTheGraphAfterTheFileWhenItHasNoNetworkAttribute() throws Exception {
        ZooGraph graph = parse(graphml("<node id=\"x\"/>"), "dir/MyNet.graphml");
        assertThat(graph.name()).isEqualTo("MyNet");
        assertThat(graph.nodes()).containsExactly(new ZooNode("x", "x", Double.NaN, Double.NaN, "", true));
    }

    @Test
    void refusesExternalEntitiesWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "  <key attr.name=\"label\" for=\"node\" id=\"d0\"/>\n"
                + "  <graph><node id=\"n\"><data key=\"d0\">&xxe;</data></node></graph>\n"
                + "</graphml>\n";

        InputException e = refused(xml, "evil.graphml");

        assertThat(e.source()).isEqualTo("evil.graphml");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("evil.graphml:2:").contains("DOCTYPE");
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET-MARKER");
    }

    @Test
    void refusesTheClassicEtcPasswdProbe() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <graphml><graph><node id="&xxe;"/></graph></graphml>
                """;
        InputException e = refused(xml, "passwd.graphml");
        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void refusesAnExternalDtdAndParameterEntities() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE graphml SYSTEM "http://example.invalid/evil.dtd" [<!ENTITY % p SYSTEM "file:///etc/hostname"> %p;]>
                <graphml><graph/></graphml>
                """;
        InputException e = refused(xml, "dtd.graphml");
        assertThat(e.getMessage()).contains("DOCTYPE");
    }

    @Test
    void refusesEntityExpansionBombs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            dtd.append(" <!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        String xml = "<?xml version=\"1.0\"?>\n" + dtd
                + "<graphml><key attr.name=\"label\" for=\"node\" id=\"d0\"/>"
                + "<graph><node id=\"n\"><data key=\"d0\">&lol9;</data></node></graph></graphml>\n";

        InputException e = refused(xml, "lolz.graphml");

        assertThat(e.getMessage()).startsWith("lolz.graphml:").contains("DOCTYPE").doesNotContain("lollol");
    }

    @Test
    void reportsMalformedXmlWithItsPosition() {
        InputException e = refused("<graphml>\n  <graph>\n    <node id=\"a\">\n  </graph>\n</graphml>\n", "broken.graphml");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).startsWith("broken.graphml:4:").contains("malformed XML");
    }

    @Test
    void reportsANonNumericLatitudeAtItsDataElement() {
        String xml = graphml("""
                <node id="a">
                  <data key="lat">abc</data>
                  <data key="lon">1.0</data>
                </node>
                """);
        InputException e = refused(xml, "file.graphml");
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.field()).isEqualTo("Latitude");
        assertThat(e.getMessage()).matches("file\\.graphml:12:\\d+: field 'Latitude': not a number 'abc'");
    }

    @Test
    void reportsALatitudeOutOfRange() {
        InputException e = refused(graphml(
                "<node id=\"a\"><data key=\"lat\">91</data><data key=\"lon\">0</data></node>"), "f.graphml");
        assertThat(e.field()).isEqualTo("Latitude");
        assertThat(e.detail()).contains("out of range");
    }

    @Test
    void reportsANodeWithOnlyOneCoordinate() {
        InputException e = refused(graphml("<node id=\"a\"><data key=\"lat\">10</data></node>"), "f.graphml");
        assertThat(e.field()).isEqualTo("Longitude");
        assertThat(e.line()).isEqualTo(11);
    }

    @Test
    void reportsAnEdgeToAnUnknownNodeAtTheEdge() {
        String xml = graphml("""
                <node id="a"/>
                <edge source="a" target="ghost"/>
                """);
        InputException e = refused(xml, "f.graphml");
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.field()).isEqualTo("target");
        assertThat(e.detail()).contains("unknown node 'ghost'");
    }

    @Test
    void reportsStructuralErrors() {
        assertThat(refused(graphml("<node id=\"a\"><data key=\"d99\">x</data></node>"), "f").detail())
                .isEqualTo("undeclared key 'd99'");
        assertThat(refused(graphml("<node id=\"a\"><data key=\"ll\">x</data></node>"), "f").detail())
                .contains("declared for <edge>, not <node>");
        assertThat(refused(graphml("<node id=\"a\"/><node id=\"a\"/>"), "f").detail())
                .isEqualTo("duplicate node id 'a'");
        assertThat(refused(graphml("<node/>"), "f").detail()).contains("lacks the 'id' attribute");
        assertThat(refused(graphml("<node id=\"a\"><data key=\"int\">yes</data></node>"), "f").field())
                .isEqualTo("Internal");
        assertThat(refused(graphml("<node id=\"a\"><data key=\"name\">New <b>York</b></data></node>"), "f").getMessage())
                .matches("f:11:\\d+: field 'label': expected text, found element <b>");
        assertThat(refused("<svg/>", "f").detail()).contains("root element must be <graphml>");
        assertThat(refused("<graphml/>", "f").getMessage()).isEqualTo("f: no <graph> element");
    }
}
