package org.anycastsim.scenarios.scenario.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anycastsim.scenarios.scenario.Samples;
import org.anycastsim.scenarios.scenario.load.ScenarioLoader;
import org.anycastsim.scenarios.scenario.load.Shape;
import org.anycastsim.scenarios.scenario.load.Shapes;
import org.anycastsim.scenarios.scenario.source.DocNode;
import org.anycastsim.scenarios.scenario.source.DocumentReader;
import org.anycastsim.scenarios.scenario.source.Problems;
import org.anycastsim.scenarios.scenario.units.DistributionParser;
import org.anycastsim.scenarios.scenario.units.Units;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published JSON Schema and the loader accept the same format: every valid sample passes the
 * schema, every object's property names are exactly the loader's field names, the unit patterns
 * agree with the unit parsers, and the two published copies are the same file.
 */
class ScenarioSchemaTest {

    private static final String RESOURCE = "/org/anycastsim/scenarios/scenario.schema.json";
    private static JsonNode schemaTree;
    private static JsonSchema schema;

    @BeforeAll
    static void readSchema() throws Exception {
        try (InputStream in = ScenarioSchemaTest.class.getResourceAsStream(RESOURCE)) {
            schemaTree = new ObjectMapper().readTree(in);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree);
    }

    /** The file as the loader sees it (YAML 1.2 scalars), as a Jackson tree for the schema validator. */
    private static JsonNode tree(Path file) throws Exception {
        String text = Files.readString(file);
        return toJson(DocumentReader.read(file.toString(), text, ScenarioLoader.isJson(file.toString()), new Problems()));
    }

    private static JsonNode toJson(DocNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof DocNode.DocObject o) {
            ObjectNode out = f.objectNode();
            o.entries().forEach(e -> out.set(e.key(), toJson(e.value())));
            return out;
        }
        if (node instanceof DocNode.DocArray a) {
            ArrayNode out = f.arrayNode();
            a.items().forEach(i -> out.add(toJson(i)));
            return out;
        }
        DocNode.DocScalar s = (DocNode.DocScalar) node;
        return switch (s.kind()) {
            case STRING -> f.textNode(s.text());
            case INTEGER -> f.numberNode(new BigDecimal(s.text()).toBigInteger());
            case DECIMAL -> f.numberNode(new BigDecimal(s.text()));
            case BOOLEAN -> f.booleanNode(Boolean.parseBoolean(s.text()));
            case NULL -> f.nullNode();
        };
    }

    private static Set<ValidationMessage> check(Path file) throws Exception {
        return schema.validate(tree(file));
    }

    static List<Path> validFiles() {
        return Samples.allValid();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void everyValidSamplePassesTheSchema(Path file) throws Exception {
        assertThat(check(file)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unknown-field.yaml", "bad-unit.yaml", "negative-capacity.yaml", "wrong-type.yaml",
        "missing-required.yaml", "flow-comma.yaml", "many-problems.yaml"})
    void brokenSamplesTheSchemaCanSeeFailIt(String file) throws Exception {
        assertThat(check(Samples.broken(file))).isNotEmpty();
    }

    @Test
    void everyShapeHasADefinitionWithExactlyItsFields() {
        JsonNode defs = schemaTree.get("$defs");
        List<String> drift = new ArrayList<>();
        for (Shape shape : Shapes.all().values()) {
            JsonNode def = defs.get(shape.name());
            if (def == null) {
                drift.add(shape.name() + ": no $defs entry");
                continue;
            }
            Set<String> properties = new TreeSet<>();
            def.get("properties").fieldNames().forEachRemaining(properties::add);
            if (!properties.equals(new TreeSet<>(shape.fields()))) {
                drift.add(shape.name() + ": schema " + properties + ", loader " + new TreeSet<>(shape.fields()));
            }
            Set<String> required = new TreeSet<>();
            if (def.has("required")) {
                def.get("required").forEach(r -> required.add(r.asText()));
            }
            if (!required.equals(new TreeSet<>(shape.required()))) {
                drift.add(shape.name() + ": schema requires " + required + ", loader " + new TreeSet<>(shape.required()));
            }
            if (!def.path("additionalProperties").isBoolean() || def.get("additionalProperties").asBoolean()) {
                drift.add(shape.name() + ": unknown fields must be refused (additionalProperties: false)");
            }
        }
        assertThat(drift).isEmpty();
        assertThat(defs.get("action").get("properties").get("action").get("enum"))
                .extracting(JsonNode::asText).containsExactlyElementsOf(Shapes.actions().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"30s", "250ms", "1.5s", "2m", "1h", "100us", "100µs", "0", "7ns", "30 s", ".5s"})
    void durationsTheParserTakesTheSchemaTakes(String text) {
        Units.duration(text);
        assertThat(matches("duration", text)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"30", "30 sec", "-5ms", "1m30s", "fast"})
    void durationsTheParserRefusesTheSchemaRefuses(String text) {
        assertThat(matches("duration", text)).isFalse();
    }

    @Test
    void theOtherUnitsAgreeToo() {
        for (String ok : List.of("1.5M rps", "200k rps", "900 rps", "50krps")) {
            Units.rate(ok);
            assertThat(matches("rate", ok)).as(ok).isTrue();
        }
        for (String ok : List.of("10Gbps", "100 Mbps", "40G", "9600bps")) {
            Units.bandwidth(ok);
            assertThat(matches("bandwidth", ok)).as(ok).isTrue();
        }
        for (String ok : List.of("exp(2s)", "uniform(60s, 120s)", "lognormal(90s, 0.3)", "pareto(1s, 2.5)", "2s")) {
            DistributionParser.parse(ok);
            assertThat(matches("distribution", ok)).as(ok).isTrue();
        }
        assertThat(matches("rate", "1.5M")).isFalse();
        assertThat(matches("bandwidth", "10GB/s")).isFalse();
        assertThat(matches("fraction", "1%")).isTrue();
        assertThat(matches("fraction", "150%")).isFalse();
        assertThat(matches("distance", "1000km")).isTrue();
    }

    private static boolean matches(String def, String text) {
        JsonNode wrapper = new ObjectMapper().createObjectNode().put("$ref", "#/$defs/" + def);
        ObjectNode full = schemaTree.deepCopy();
        full.remove("$ref");
        full.setAll((ObjectNode) wrapper);
        JsonSchema one = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(full);
        return one.validate(JsonNodeFactory.instance.textNode(text)).isEmpty();
    }

    @Test
    void theDocsCopyIsTheSameFile() throws Exception {
        Path docs = Path.of("..", "docs", "scenario.schema.json");
        assertThat(new ObjectMapper().readTree(docs.toFile())).isEqualTo(schemaTree);
    }
}
