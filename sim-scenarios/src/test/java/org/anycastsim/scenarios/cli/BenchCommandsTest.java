package org.anycastsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bench commands' interface: help, options, JSON keys. Never their speed: that is what they measure. */
class BenchCommandsTest {


    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    private static JsonNode json(String... args) throws Exception {
        Cli.Result r = run(args);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void benchListsEverySubcommand() {
        Cli.Result r = run("bench", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("kernel", "forward", "bgp", "traffic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"forward", "bgp", "traffic"})
    void everyBenchHasHelpWithJson(String bench) {
        Cli.Result r = run("bench", bench, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: anycast-sim bench " + bench, "--json", "JSON keys");
    }

    @Test
    void forwardJsonHasTheDocumentedKeys() throws Exception {
        JsonNode root = json("bench", "forward", "--json", "--topology", "diamond", "--repetitions", "1",
                "--lookups", "100000", "--resolutions", "10000");
        assertThat(keys(root)).containsExactly("topology", "repetitions", "lookups", "resolutions", "build");
        JsonNode lookups = root.get("lookups");
        assertThat(lookups.get("nextHops").asInt()).isEqualTo(12);
        assertThat(lookups.get("lookupsPerRepetition").asLong()).isEqualTo(100_000);
        JsonNode schemes = lookups.get("schemes");
        assertThat(schemes.size()).isEqualTo(3);
        assertThat(schemes.get(0).get("scheme").asText()).isEqualTo("maglev");
        assertThat(schemes.get(0).get("slots").asInt()).isEqualTo(65_537);
        assertThat(schemes.get(1).get("scheme").asText()).isEqualTo("hash-threshold");
        assertThat(schemes.get(2).get("scheme").asText()).isEqualTo("resilient");
        schemes.forEach(s -> assertThat(s.get("lookupsPerSec").asLong()).isPositive());
        JsonNode resolutions = root.get("resolutions");
        assertThat(keys(resolutions)).containsExactly("resolutionsPerSec", "flows", "meanHops", "deliveredShare",
                "bgpConvergedAtSeconds");
        assertThat(resolutions.get("deliveredShare").asDouble()).isEqualTo(1.0);
        assertThat(resolutions.get("meanHops").asDouble()).isGreaterThanOrEqualTo(2);
        assertThat(keys(root.get("build"))).containsExactly("coldMs", "coldWorldMs", "coldIgpMs", "warmMs",
                "warmWorldMs", "warmIgpMs");
    }

    @Test
    void forwardTextNamesTheUnitOfEveryFigure() {
        Cli.Result r = run("bench", "forward", "--topology", "diamond", "--repetitions", "1", "--lookups", "1000",
                "--resolutions", "1000");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("table (slots)", "lookups/s", "resolutions/s", "hops per path", "% delivered")
                .containsPattern("cold \\(first in this JVM\\)\\s+[\\d,]+ ms \\(world [\\d,]+ ms \\+ IGP [\\d,]+ ms\\)")
                .containsPattern("warm \\(median of 1\\)\\s+[\\d,]+ ms");
    }

    @Test
    void trafficJsonHasTheDocumentedKeys() throws Exception {
        JsonNode root = json("bench", "traffic", "--json", "--topology", "diamond", "--sessions", "2000",
                "--sim-seconds", "1");
        assertThat(keys(root)).containsExactly("topology", "sessions", "simulatedSeconds", "wallSeconds",
                "sessionsPerWallSecond", "eventsPerWallSecond", "events", "fluidRecomputations", "prepareSeconds",
                "bgpConvergedAtSeconds");
        // Poisson arrivals: about 2000 sessions.
        assertThat(root.get("sessions").asLong()).isBetween(1700L, 2300L);
        assertThat(root.get("simulatedSeconds").asDouble()).isEqualTo(1.0);
    }

    @Test
    void bgpJsonHasTheDocumentedKeys() throws Exception {
        JsonNode root = json("bench", "bgp", "--json", "--prefixes", "4", "--repetitions", "1");
        assertThat(keys(root)).containsExactly("topology", "prefixes", "speakers", "sessions", "converged",
                "simulatedSeconds", "updates", "routeChanges", "wallSeconds", "firstRunWallSeconds",
                "eventsPerWallSecond", "runs");
        assertThat(root.get("converged").asBoolean()).isTrue();
        assertThat(root.get("updates").asLong()).isPositive();
        // The eBGP MRAI (30 s, jittered to 22.5-30 s) holds later waves of UPDATEs back.
        assertThat(root.get("simulatedSeconds").asDouble()).isGreaterThan(20.0);
        assertThat(root.get("runs").size()).isEqualTo(1);
    }

    @Test
    void tooFewPrefixesIsBadInput() {
        Cli.Result r = run("bench", "bgp", "--prefixes", "3");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--prefixes must be at least 4");
    }
}
