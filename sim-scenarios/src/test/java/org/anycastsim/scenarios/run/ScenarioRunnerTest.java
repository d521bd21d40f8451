package org.anycastsim.scenarios.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.validate.ScenarioValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRunnerTest {
    private static final Path RES = Path.of("src/test/resources/org/anycastsim/scenarios");

    private static Scenario load(String relative) throws Exception {
        return ScenarioValidator.loadValid(RES.resolve(relative));
    }

    private static ScenarioRunner.Options to(Path dir) {
        return new ScenarioRunner.Options(null, dir, null, null, "test");
    }

    @Test
    void textbookDiamondRunsAndItsSnapshotShowsTheBestPaths(@TempDir Path dir) throws Exception {
        RunResult r = ScenarioRunner.run(load("scenario/valid/diamond.yaml"), to(dir));
        assertThat(r.passed()).isTrue();
        // Before the cut C prefers R (local-pref 150 on that session); after it only L is left.
        String before = Files.readString(dir.resolve("snapshots/before.txt"));
        assertThat(before).contains("C (AS4)").contains("best: path [3 1]").contains("lp 150");
        String after = Files.readString(dir.resolve("snapshots/rib_100.000s.txt"));
        assertThat(after).contains("best: path [2 1]");
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.get("scenario").asText()).isEqualTo("diamond");
        assertThat(summary.get("seed").asLong()).isEqualTo(7);
        assertThat(summary.get("events")).hasSize(1);
        assertThat(summary.get("events").get(0).get("action").asText()).isEqualTo("cut-link");
        assertThat(summary.get("events").get(0).get("converged").asBoolean()).isTrue();
        assertThat(summary.get("expectations")).hasSize(2);
    }

    @Test
    void popFailoverMovesUsersAndMeasuresConvergence(@TempDir Path dir) throws Exception {
        RunResult r = ScenarioRunner.run(load("run/pop-failover.yaml"), to(dir));
        assertThat(r.verdicts()).allMatch(ExpectationCheck.Verdict::passed);
        assertThat(Files.readString(dir.resolve("catchment-before.csv"))).contains("users,users,0.0,0.0,WEST");
        assertThat(Files.readString(dir.resolve("catchment-after.csv"))).contains("users,users,0.0,0.0,EAST");
        // Traffic conservation over the run.
        var t = r.measurements().totals();
        assertThat(t.offered()).isPositive();
        assertThat(t.served() + t.dropped()).isCloseTo(t.offered(), org.assertj.core.data.Offset.offset(1e-6 * t.offered()));
        String events = Files.readString(dir.resolve("events.jsonl"));
        assertThat(events).contains("\"kind\":\"failure\",\"type\":\"router-crash\",\"node\":\"WEST-r1\"");
        assertThat(events.indexOf("router-crash")).isLessThan(events.indexOf("TW lost its BGP session to WEST-r1"));
    }

    @Test
    void sameSeedGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Scenario s = load("run/pop-failover.yaml");
        ScenarioRunner.run(s, to(dir.resolve("a")));
        ScenarioRunner.run(s, to(dir.resolve("b")));
        for (String f : new String[] {"summary.json", "events.jsonl", "timeseries.csv", "catchment-after.csv"}) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
        }
    }

    @Test
    void failedExpectationsAreReportedWithTheMeasuredValue() throws Exception {
        Scenario s = load("run/pop-failover.yaml");
        var strict = new org.anycastsim.scenarios.scenario.expect.Expectation.ControlPlaneConvergence("too strict", 1, 1,
                s.where());
        Scenario changed = new Scenario(s.name(), s.description(), s.seed(), s.durationNanos(), s.topology(), s.bgp(),
                s.hosts(), s.traffic(), s.timeline(), java.util.List.of(strict), s.where());
        RunResult r = ScenarioRunner.run(changed, ScenarioRunner.Options.quiet());
        assertThat(r.passed()).isFalse();
        assertThat(r.verdicts().get(0).measured()).isPositive();
        assertThat(r.verdicts().get(0).bound()).isEqualTo("< 0.000s");
    }

    @Test
    void serverCrashGoesThroughBfdIpmiPduBootAndBirdInOrder(@TempDir Path dir) throws Exception {
        RunResult r = ScenarioRunner.run(load("run/server-crash-small.yaml"), to(dir));
        assertThat(r.verdicts()).allMatch(ExpectationCheck.Verdict::passed);
        java.util.List<String> steps = new java.util.ArrayList<>();
        for (var e : r.measurements().log()) {
            if (e.time() >= org.anycastsim.core.kernel.SimTime.seconds(30) && !e.type().equals("route-change")) {
                steps.add(e.type());
            }
        }
        // The seed's server crash: the box dies with BIRD; the router notices by BFD; the control
        // server tries IPMI, then the PDU; the box boots; BIRD is restarted and announces again.
        assertThat(steps).containsSubsequence("server-crash", "bfd", "probe-timeout", "ipmi-reboot", "pdu-cycle",
                "boot", "booted", "verify", "bgp-start");
        assertThat(r.measurements().dataPlaneSeconds()[0]).isBetween(0.6, 0.9);
    }

    @Test
    void aHashWeightTriplesOneServersShareOfThePop(@TempDir Path dir) throws Exception {
        ScenarioRunner.run(load("run/hash-weights.yaml"), to(dir));
        java.util.Map<String, Double> at60 = new java.util.HashMap<>();
        java.util.Map<String, Double> at20 = new java.util.HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("timeseries.csv"))) {
            String[] f = line.split(",");
            if (f[1].equals("server.served_rps") && f[2].startsWith("WEST-")) {
                if (f[0].equals("60.000")) {
                    at60.put(f[2], Double.parseDouble(f[4]));
                } else if (f[0].equals("20.000")) {
                    at20.put(f[2], Double.parseDouble(f[4]));
                }
            }
        }
        // Four equal servers share WEST's load; with weight 3 against 1, 1, 1, WEST-s01 gets 3/6 of it.
        assertThat(at20.get("WEST-s01")).isCloseTo(at20.get("WEST-s02"), org.assertj.core.data.Percentage.withPercentage(1));
        double total = at60.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(at60.get("WEST-s01") / total).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
    }
}
