package org.anycastsim.scenarios.scenario.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.anycastsim.scenarios.input.InputException;
import org.anycastsim.scenarios.scenario.Samples;
import org.anycastsim.scenarios.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every broken sample file fails with its first problem at the expected line, column and field,
 * with the expected message: what a user sees first.
 */
class BrokenScenariosTest {

    private static List<InputException> problems(String file) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioValidator.loadValid(Samples.broken(file)));
        assertThat(e).as("%s should be refused", file).isNotNull();
        return e.problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "unknown-field.yaml        | 7 | 20 | topology.links[0].dealy     | unknown field (did you mean 'delay'?)",
        "bad-unit.yaml             | 2 | 11 | duration                    | '30 sec' is not a duration; write e.g. 30s, 250ms, 2m (did you mean '30s'?)",
        "unknown-node.yaml         | 6 | 45 | timeline[0].server          | no server 'SJC-s3' in cloudflare-2013 (did you mean 'SJC-s03'?)",
        "time-beyond-duration.yaml | 7 | 10 | timeline[1].at              | 400.000s is after the end of the run (duration 300.000s)",
        "negative-capacity.yaml    | 7 | 42 | topology.links[0].capacity  | '-10Gbps' is negative; a bandwidth cannot be negative",
        "self-link.yaml            | 8 | 17 | topology.links[1].b         | a link from B to itself",
        "wrong-type.yaml           | 3 | 7  | seed                        | expected a whole number, got the text 'one'",
        "missing-required.yaml     | 1 | 1  | duration                    | missing; a scenario needs name, duration, topology",
        "duplicate-router.yaml     | 8 | 14 | topology.routers[2].name    | the name 'A' is taken: a router cannot share it (first declared at line 6)",
        "bad-prefix.yaml           | 7 | 16 | topology.prefixes[0].prefix | '203.0.113.300/24' is not an IPv4 prefix; write e.g. 198.41.214.0/24",
        "hold-2s.yaml              | 6 | 18 | bgp.server.hold             | a hold time is 0 (no keepalives) or at least 3s (RFC 4271 4.2), got 2.000s",
        "unknown-world.yaml        | 4 | 12 | topology.builtin            | no built-in topology 'cloudflare2013' (did you mean 'cloudflare-2013'?); one of cloudflare-2013, diamond, clique-5 (see anycast-sim list)",
        "yaml-extras.yaml          | 5 | 30 | topology.overrides.serversPerPop | YAML tags (!!int) are not supported; write plain values, quoting them if needed",
    })
    void firstProblem(String file, int line, int column, String field, String detail) {
        InputException first = problems(file).get(0);
        assertThat(first.source()).isEqualTo(Samples.broken(file).toString());
        assertThat(first.detail()).isEqualTo(detail);
        assertThat(first.field()).isEqualTo(field);
        assertThat(first.line()).isEqualTo(line);
        assertThat(first.column()).isEqualTo(column);
    }

    @Test
    void syntaxErrorsHaveNoField() {
        InputException yaml = problems("bad-yaml.yaml").get(0);
        assertThat(yaml.line()).isEqualTo(6);
        assertThat(yaml.column()).isEqualTo(9);
        assertThat(yaml.field()).isNull();
        assertThat(yaml.detail()).startsWith("not valid YAML: ")
                .endsWith("(the {...} that starts at line 5, column 14 is not closed: is a '}' missing?)");
        InputException json = problems("bad-json.json").get(0);
        assertThat(json.line()).isEqualTo(4);
        assertThat(json.detail()).startsWith("not valid JSON: Unexpected character ('}'");
    }

    @Test
    void aDistributionCutByAFlowMappingCommaSaysToQuoteIt() {
        List<InputException> p = problems("flow-comma.yaml");
        assertThat(p).extracting(InputException::field).containsExactly("hosts.controlServer.boot",
                "hosts.controlServer.120s)");
        assertThat(p.get(0).detail()).contains("quote the distribution");
        assertThat(p.get(1).detail()).contains("the end of a value cut at a comma");
    }

    @Test
    void everyProblemOfAFileIsReportedSortedByLine() {
        assertThat(problems("many-problems.yaml")).extracting(p -> p.line() + ":" + p.column() + " " + p.field())
                .containsExactly(
                        "1:7 name",
                        "8:7 topology.links[1]",
                        "11:34 topology.sessions[1].relationship",
                        "12:7 topology.sessions[2]",
                        "16:42 timeline[0].b",
                        "17:57 timeline[1].prefix",
                        "19:39 expect[0].controlPlaneConvergence.event",
                        "20:28 expect[1].lostFraction.below");
        assertThat(problems("many-problems.yaml").get(4).detail()).isEqualTo("no node 'X' in this network");
    }

    @Test
    void oneValueGetsOneMessage() {
        assertThat(problems("yaml-extras.yaml")).extracting(InputException::detail).containsExactly(
                "YAML tags (!!int) are not supported; write plain values, quoting them if needed",
                "YAML aliases (*d) are not supported; write the value out");
    }

    @Test
    void aCutLinkWithOneEndReportsTheMissingOne() {
        assertThat(problems("missing-required.yaml")).extracting(p -> p.field() + ": " + p.detail()).containsExactly(
                "duration: missing; a scenario needs name, duration, topology",
                "timeline[0].b: missing; a cut-link action needs at, action, a, b");
    }
}
