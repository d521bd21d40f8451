package org.anycastsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.model.ModelConfig;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Ipv4;
import org.anycastsim.scenarios.run.InitialConvergence;
import org.anycastsim.scenarios.traceroute.Places;
import org.anycastsim.scenarios.traceroute.Traceroute;
import org.anycastsim.scenarios.traceroute.UnknownPlaceException;
import org.anycastsim.scenarios.world.BuiltInTopologies;
import org.anycastsim.scenarios.world.World;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TracerouteCommandTest {
    private static final int PROXY = Ipv4.parse("198.41.214.1");

    /** One converged cloudflare-2013 for the whole class: building and converging it is the slow part. */
    private static World world;
    private static AnycastModel model;
    private static InitialConvergence.Result convergence;
    private static Places places;

    @BeforeAll
    static void converge() {
        world = BuiltInTopologies.CLOUDFLARE_2013.build();
        model = AnycastModel.build(world.topology(), world.sessions(), ModelConfig.defaults(), 1);
        convergence = InitialConvergence.run(model);
        places = new Places(world);
    }


    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    private static Traceroute.Result trace(String place) {
        return Traceroute.trace(model, places.resolve(place), PROXY, Traceroute.DEFAULT_PORT, Traceroute.DEFAULT_PORT);
    }

    @Test
    void bgpConvergesAndStaysQuietForTwiceTheMrai() {
        assertThat(convergence.converged()).isTrue();
        assertThat(convergence.updates()).isPositive();
        assertThat(convergence.stoppedAtNanos() - convergence.lastChangeNanos()).isGreaterThanOrEqualTo(SimTime.seconds(60));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"London, LHR", "San Jose, SJC", "Sydney, SYD", "GB, LHR", "lhr, LHR"})
    void aPlaceIsAnsweredByItsNearbyPop(String place, String pop) {
        Traceroute.Result r = trace(place);
        assertThat(r.path().delivered()).isTrue();
        assertThat(r.path().pop()).isEqualTo(pop);
        assertThat(r.host().name()).startsWith(pop + "-s");
        assertThat(r.service()).isEqualTo("proxy");
    }

    @Test
    void aCityMeansItsUsersAndACountryCodeItsEyeballNetwork() {
        assertThat(places.resolve("London").node().name()).isEqualTo("eb-GB");
        assertThat(places.resolve("gb").node().name()).isEqualTo("eb-GB");
        assertThat(places.resolve("San Jose").node().name()).isEqualTo("eb-US-CAN");
        assertThat(places.resolve("us-nen").node().name()).isEqualTo("eb-US-NEN");
        assertThat(places.resolve("United Kingdom").node().name()).isEqualTo("eb-GB");
        assertThat(places.resolve("LHR").node().name()).isEqualTo("LHR-r1");
    }

    @Test
    void aSplitCountryGivesItsRegionWithTheMostUsers() {
        ClientNetwork us = (ClientNetwork) places.resolve("US").node();
        double most = world.topology().nodesOf(ClientNetwork.class).stream().filter(c -> c.country().equals("US"))
                .mapToDouble(ClientNetwork::demandWeight).max().orElseThrow();
        assertThat(us.country()).isEqualTo("US");
        assertThat(us.demandWeight()).isEqualTo(most);
    }

    @Test
    void aMisspeltPlaceGetsSuggestions() {
        assertThatThrownBy(() -> places.resolve("Lodnon")).isInstanceOf(UnknownPlaceException.class)
                .satisfies(e -> assertThat(((UnknownPlaceException) e).suggestions()).first().isEqualTo("London"));
        assertThat(((UnknownPlaceException) catchUnknown("Jose")).suggestions()).contains("San Jose");
    }

    @Test
    void aServerIsNoStartingPoint() {
        assertThatThrownBy(() -> places.resolve("LHR-s01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a server");
    }

    @Test
    void textShowsTheHeaderAndOneLinePerHopWithUnits() {
        Traceroute.Result r = trace("London");
        StringWriter text = new StringWriter();
        new TracerouteOutput(r, world.name(), 1, convergence).text(new PrintWriter(text, true));
        String[] lines = text.toString().split("\n");
        assertThat(lines[0]).matches("traceroute from eb-GB to 198\\.41\\.214\\.1 \\(proxy, 198\\.41\\.214\\.0/24\\): "
                + "answered by LHR-s\\d\\d in PoP LHR");
        assertThat(lines[1]).containsPattern("hop\\s+node\\s+AS\\s+RTT \\(ms\\)");
        assertThat(lines[2]).matches("\\s+1\\s+LHR-r1\\s+13335\\s+\\d+\\.\\d{3}");
        assertThat(lines).hasSize(2 + r.hops().size() + 2);
        assertThat(lines[lines.length - 1]).contains("BGP converged at t = ").contains(" s");
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        Cli.Result r = run("traceroute", "--from", "London", "--to", "198.41.214.1", "--json");
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("from").asText()).isEqualTo("eb-GB");
        assertThat(json.get("to").asText()).isEqualTo("198.41.214.1");
        assertThat(json.get("pop").asText()).isEqualTo("LHR");
        assertThat(json.get("host").asText()).startsWith("LHR-s");
        JsonNode hops = json.get("hops");
        assertThat(hops.size()).isGreaterThanOrEqualTo(3);
        double previous = 0;
        for (int i = 0; i < hops.size(); i++) {
            JsonNode hop = hops.get(i);
            assertThat(hop.get("hop").asInt()).isEqualTo(i + 1);
            assertThat(hop.get("node").isTextual()).isTrue();
            assertThat(hop.get("as").isIntegralNumber()).isTrue();
            assertThat(hop.get("rttMs").asDouble()).isGreaterThan(previous);
            previous = hop.get("rttMs").asDouble();
        }
        assertThat(hops.get(hops.size() - 1).get("node").asText()).isEqualTo(json.get("host").asText());
        assertThat(hops.get(hops.size() - 1).get("as").asInt()).isEqualTo(13335);
    }

    @Test
    void anUnknownPlaceExits2WithASuggestion() {
        Cli.Result r = run("traceroute", "--from", "Lodnon", "--to", "198.41.214.1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("unknown place 'Lodnon'").contains("did you mean 'London'");
    }

    @Test
    void noRouteExits1AndSaysSo() {
        Cli.Result r = run("traceroute", "--from", "GB", "--to", "8.8.8.8", "--at", "1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("traceroute from eb-GB to 8.8.8.8 (no service prefix): no route at eb-GB");
    }

    @Test
    void aBadAddressIsBadInput() {
        Cli.Result r = run("traceroute", "--from", "London", "--to", "198.41.214");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("not an IPv4 address");
    }

    @Test
    void helpExplainsPlacesAndConvergence() {
        Cli.Result r = run("traceroute", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: anycast-sim traceroute", "--from=PLACE", "--to=IP", "--at=SECONDS",
                "--json", "MRAI", "Examples:");
    }

    private static Exception catchUnknown(String place) {
        try {
            places.resolve(place);
        } catch (UnknownPlaceException e) {
            return e;
        }
        throw new AssertionError(place + " was understood");
    }
}
