package org.anycastsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ListCommandTest {

    private static String run(String... args) {
        CommandLine cli = AnycastSim.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void jsonListsCloudflare2013With23Pops() throws Exception {
        JsonNode root = new ObjectMapper().readTree(run("list", "--json"));
        JsonNode topologies = root.get("topologies");
        assertThat(topologies.size()).isEqualTo(3);
        JsonNode cf = topologies.get(0);
        assertThat(cf.get("name").asText()).isEqualTo("cloudflare-2013");
        assertThat(cf.get("pops").asInt()).isEqualTo(23);
        assertThat(cf.get("switches").asInt()).isEqualTo(46);
        assertThat(cf.get("controlServers").asInt()).isEqualTo(23);
        assertThat(cf.get("servers").asInt()).isEqualTo(164);
        assertThat(cf.get("bgpSessions").get("ebgp").asInt()).isPositive();
        assertThat(cf.get("servicePrefixes").get("dns").get(0).asText()).isEqualTo("173.245.58.0/24");
        assertThat(cf.get("servicePrefixes").get("proxy").size()).isEqualTo(2);
        assertThat(topologies.get(1).get("name").asText()).isEqualTo("diamond");
        assertThat(topologies.get(2).get("ases").asInt()).isEqualTo(5);
    }

    @Test
    void tableHasLabelledColumnsAndPrefixes() {
        String text = run("list");
        assertThat(text).contains("topology", "PoPs", "routers", "switches", "servers", "client nets", "links", "eBGP", "iBGP");
        assertThat(text).containsPattern("cloudflare-2013\\s+23\\s");
        assertThat(text).contains("  dns: 173.245.58.0/24, 173.245.59.0/24");
    }

    @Test
    void helpDescribesTheCommand() {
        assertThat(run("list", "--help")).contains("Usage: anycast-sim list", "--json");
    }
}
