package org.anycastsim.scenarios.scenario.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anycastsim.scenarios.input.InputException;
import org.anycastsim.scenarios.scenario.Samples;
import org.junit.jupiter.api.Test;

/** The validation paths one by one, on small scenarios written here: "field: message" of each problem. */
class ScenarioValidatorTest {

    private static final String DIAMOND = """
            name: t
            duration: 100s
            topology:
              ases: [{asn: 1}, {asn: 2}, {asn: 3}]
              routers: [{name: O, as: 1}, {name: L, as: 2}, {name: R, as: 3}, {name: R2, as: 3}]
              links: [{a: O, b: L, delay: 1ms}, {a: O, b: R, delay: 1ms}, {a: R, b: R2, delay: 1ms}]
              sessions:
                - {a: O, b: L, relationship: customer}
                - {a: O, b: R, relationship: customer}
                - {a: R, b: R2}
              prefixes: [{prefix: 203.0.113.0/24, origin: [O], service: web}]
              clients: [{name: users, router: L}]
            """;

    private static List<String> problems(String yaml) throws Exception {
        return ScenarioValidator.validate(Samples.yaml(yaml)).stream()
                .map(p -> p.field() + ": " + p.detail()).toList();
    }

    @Test
    void theValidSamplesAreValid() throws Exception {
        for (var file : Samples.allValid()) {
            assertThat(ScenarioValidator.validate(org.anycastsim.scenarios.scenario.load.ScenarioLoader.load(file)))
                    .as(file.toString()).isEmpty();
        }
        assertThat(problems(DIAMOND)).isEmpty();
    }

    @Test
    void timers() throws Exception {
        assertThat(problems(DIAMOND + """
                bgp:
                  ebgp: {hold: 30s, keepalive: 30s, connectRetry: 0}
                  ibgp: {hold: 0, keepalive: 0}
                  server: {hold: 20h, bfd: {interval: 0, multiplier: 0}}
                  decision: {maxPaths: 0}
                  popMaxPaths: 0
                """)).containsExactly(
                "bgp.ebgp.keepalive: keepalives must come more often than the hold time (30.000s); RFC 4271 suggests a third of it",
                "bgp.ebgp.connectRetry: must be longer than 0",
                "bgp.server.hold: a hold time is at most 65535s (it is 16 bits in OPEN)",
                "bgp.server.bfd.interval: must be longer than 0",
                "bgp.server.bfd.multiplier: must be at least 1, got 0",
                "bgp.decision.maxPaths: must be at least 1, got 0",
                "bgp.popMaxPaths: must be at least 1, got 0");
    }

    @Test
    void conditionalAdvertisement() throws Exception {
        assertThat(problems(DIAMOND + """
                bgp:
                  conditionalAdvertisement:
                    default: {minRoutes: 0}
                    203.0.113.0/24: {minFraction: 120%}
                    198.51.100.0/24: {minRoutes: 2}
                """)).containsExactly(
                "bgp.conditionalAdvertisement.default.minRoutes: K must be at least 1 (a PoP with no server route cannot serve), got 0",
                "bgp.conditionalAdvertisement.203.0.113.0/24.minFraction: a fraction is between 0 and 1 (0% and 100%), got 1.2",
                "bgp.conditionalAdvertisement.198.51.100.0/24: no prefix 198.51.100.0/24 is announced in this network");
    }

    @Test
    void sessionsAndPolicies() throws Exception {
        String yaml = DIAMOND.replace("- {a: R, b: R2}", """
                - {a: R, b: R2, routeReflectorClient: true, relationship: peer}
                    - {a: L, b: R, relationship: peer}
                    - {a: O, b: L, relationship: peer, import: [{match: {neighbour: Q}, setMed: -1, prepend: 0}]}""");
        assertThat(problems(yaml)).containsExactly(
                "topology.sessions[2].relationship: a relationship is for eBGP sessions; iBGP peers are in the same AS",
                "topology.sessions[3]: eBGP runs over a direct link; there is no link between L and R",
                "topology.sessions[4]: a second session between O and L",
                "topology.sessions[4].import[0].match.neighbour: no router 'Q' in this network",
                "topology.sessions[4].import[0].setMed: must be between 0 and 4294967295, got -1",
                "topology.sessions[4].import[0].prepend: must be between 1 and 32, got 0");
        assertThat(problems(DIAMOND.replace("- {a: R, b: R2}", "- {a: R, b: R2, type: ebgp, relationship: peer}")))
                .containsExactly("topology.sessions[2].type: eBGP needs two ASes; R and R2 are both in AS 3");
    }

    @Test
    void explicitNetworkDeclarations() throws Exception {
        assertThat(problems("""
                name: t
                duration: 10s
                topology:
                  ases: [{asn: 1}, {asn: 1}]
                  routers: [{name: A, as: 1, routerId: 1.1.1.1}, {name: B, as: 7, routerId: 1.1.1.1}]
                  links: [{a: A, b: C, delay: 1ms}, {a: A, b: B}, {a: B, b: A, delay: 0, capacity: 0bps, igpCost: 0}]
                  prefixes: [{prefix: 10.0.0.0/8, origin: []}, {prefix: 10.0.0.0/8, origin: [Z]}]
                  pops: [{code: P, router: B, switches: [], servers: [s1]}]
                  clients: [{name: A, router: B, weight: 0}]
                """)).containsExactly(
                "topology.ases[1].asn: AS 1 is declared twice (first at line 4)",
                "topology.routers[1].as: AS 7 is not declared under topology.ases",
                "topology.routers[1].routerId: another router has this router ID",
                "topology.links[0].b: no router 'C' in this network",
                "topology.links[1]: the link A - B needs a delay, a distance, or a location on both routers",
                "topology.links[2]: a second link between B and A (cut-link could not tell them apart)",
                "topology.links[2].capacity: a link's capacity must be positive, got 0",
                "topology.links[2].igpCost: must be at least 1, got 0",
                "topology.prefixes[0].origin: a prefix needs at least one origin router",
                "topology.prefixes[1].prefix: 10.0.0.0/8 is declared twice",
                "topology.prefixes[1].origin: no router or server 'Z' in this network",
                "topology.pops[0].switches: a PoP needs at least one switch",
                "topology.clients[0].name: the name 'A' is taken: a client network cannot share it (first declared at line 5)",
                "topology.clients[0].weight: a client's weight must be positive, got 0.0");
    }

    @Test
    void hostsAndTraffic() throws Exception {
        assertThat(problems(DIAMOND + """
                hosts:
                  capacity: {dns: 1k rps}
                  weights: {O: 5}
                  monitor: {interval: 0, failuresToWithdraw: 0, highWater: 0.5, lowWater: 0.7}
                  controlServer: {ipmiSuccess: 2}
                traffic:
                  services: {web: {rate: 1k rps}, wbe: {rate: 1 rps}}
                  diurnal: {amplitude: 1.5}
                  resolution: 0
                  flashCrowds: [{region: EU, factor: 0, start: 50s, stop: 40s}]
                  attacks:
                    - {name: x, from: [users], target: 203.0.113.0/24, rate: 1M rps, start: 10s, stop: 200s}
                    - {name: x, from: [usres], target: 192.0.2.0/24, rate: 1 rps}
                """)).containsExactly(
                "hosts.capacity.dns: no service 'dns' in this network (known: web)",
                "hosts.weights.O: 'O' is a router, not a server",
                "hosts.monitor.interval: must be longer than 0",
                "hosts.monitor.failuresToWithdraw: must be at least 1, got 0",
                "hosts.monitor.lowWater: the low-water mark must be below the high-water mark (0.5), or a server would flap between shedding and taking load",
                "hosts.controlServer.ipmiSuccess: a fraction is between 0 and 1 (0% and 100%), got 2.0",
                "traffic.services.wbe: no service 'wbe' in this network (did you mean 'web'?)",
                "traffic.diurnal: a fraction is between 0 and 1 (0% and 100%), got 1.5",
                "traffic.resolution: must be longer than 0",
                "traffic.flashCrowds[0].region: regions are the continents of a built-in world; name clients here",
                "traffic.flashCrowds[0].factor: a flash crowd's factor must be positive, got 0.0",
                "traffic.flashCrowds[0].stop: stop (40.000s) must be after start (50.000s)",
                "traffic.attacks[0].stop: 200.000s is after the end of the run (duration 100.000s)",
                "traffic.attacks[1].name: another attack is called 'x' (line 24)",
                "traffic.attacks[1].from: no client network 'usres' in this network (did you mean 'users'?)",
                "traffic.attacks[1].target: no prefix 192.0.2.0/24 is announced in this network");
    }

    @Test
    void timeline() throws Exception {
        assertThat(problems(DIAMOND + """
                timeline:
                  - {at: 1s, action: crash-server, server: O}
                  - {at: 2s, action: cut-link, a: L, b: R}
                  - {at: 3s, action: set-local-pref, router: L, neighbour: R, localPref: -5}
                  - {at: 4s, action: start-attack, attack: nope}
                  - {at: 5s, action: destroy-pops, pops: [], interval: 0}
                  - {at: 95s, action: destroy-pops, pops: [X, X], interval: 10s}
                  - {at: 7s, action: crash-process, server: O, service: web}
                  - {at: 8s, action: overload, server: O, extra: 0 rps}
                  - {at: 9s, action: snapshot, what: fib, routers: [O, users]}
                """)).containsExactly(
                "timeline[0].server: 'O' is a router, not a server",
                "timeline[1]: no link between L and R in this network",
                "timeline[2].neighbour: L has no BGP session with R",
                "timeline[2].localPref: must be between 0 and 2147483647, got -5",
                "timeline[3].attack: no attack (under traffic.attacks) 'nope' in this network",
                "timeline[4].pops: name at least one PoP",
                "timeline[4].interval: must be longer than 0",
                "timeline[5].pops: no PoP 'X' in this network",
                "timeline[5].pops: X is listed twice",
                "timeline[5].interval: the last PoP would go at 105.000s, after the end of the run (duration 100.000s)",
                "timeline[6].server: 'O' is a router, not a server",
                "timeline[7].server: 'O' is a router, not a server",
                "timeline[8].routers: 'users' is a client network, not a router");
    }

    @Test
    void expectations() throws Exception {
        assertThat(problems(DIAMOND + """
                timeline: [{at: 1s, action: cut-link, a: O, b: L}]
                expect:
                  - {lostFraction: {service: dsn, below: 2}}
                  - {dataPlaneConvergence: {event: -1, below: 0}}
                  - {reaches: {client: usr, pop: LHR, at: 101s}}
                  - {withdrawn: {prefix: 203.0.113.0/24, by: users, event: 1, within: 0}}
                  - {servedFraction: {above: 0.5, after: 200s}}
                  - {brokenSessions: {below: 0}}
                  - {maxPopUtilisation: {below: 0}}
                """)).containsExactly(
                "expect[0].lostFraction.service: no service 'dsn' in this network (known: web)",
                "expect[0].lostFraction.below: a fraction is between 0 and 1 (0% and 100%), got 2.0",
                "expect[1].dataPlaneConvergence.event: event -1 does not exist: the timeline has 1 actions, 0 to 0",
                "expect[1].dataPlaneConvergence.below: must be longer than 0",
                "expect[2].reaches.client: no client network 'usr' in this network (did you mean 'users'?)",
                "expect[2].reaches.pop: no PoP 'LHR' in this network",
                "expect[2].reaches.at: 101.000s is after the end of the run (duration 100.000s)",
                "expect[3].withdrawn.by: 'users' is a client network, not a router or server",
                "expect[3].withdrawn.event: event 1 does not exist: the timeline has 1 actions, 0 to 0",
                "expect[3].withdrawn.within: must be longer than 0",
                "expect[4].servedFraction.after: 200.000s is after the end of the run (duration 100.000s)",
                "expect[5].brokenSessions.below: fewer than 0 broken sessions can never hold; write below: 1 for none",
                "expect[6].maxPopUtilisation.below: a utilisation bound must be positive, got 0.0");
    }

    @Test
    void builtinOverridesAreCheckedAgainstTheWorld() throws Exception {
        assertThat(problems("""
                name: t
                duration: 10s
                topology:
                  builtin: cloudflare-2013
                  overrides: {transits: [1299, 9999]}
                """)).singleElement().asString().startsWith("topology.overrides.transits: transitAses: AS9999 is not one of");
        assertThat(problems("""
                name: t
                duration: 10s
                topology:
                  builtin: diamond
                  overrides: {transits: [1299], pathInflation: 0.5}
                """)).containsExactly(
                "topology.overrides.pathInflation: fibre is never shorter than the great circle: path inflation is at least 1, got 0.5");
        assertThat(problems("""
                name: t
                duration: 10s
                topology:
                  builtin: diamond
                  overrides: {transits: [1299]}
                """)).containsExactly("topology.overrides.transits: diamond has no such option");
    }

    @Test
    void builtinNamesAreCheckedAgainstTheBuiltWorld() throws Exception {
        assertThat(problems("""
                name: t
                duration: 300s
                topology: {builtin: cloudflare-2013, overrides: {serversPerPop: 2}}
                traffic:
                  services: {dns: {rate: 1k rps}}
                  flashCrowds: [{region: EUR, factor: 2, start: 1s, stop: 2s}]
                timeline:
                  - {at: 10s, action: crash-server, server: SJC-s03}
                  - {at: 10s, action: crash-switch, switch: LHR-sw3}
                  - {at: 10s, action: destroy-pops, pops: [SJC, LHRX], interval: 10s}
                  - {at: 10s, action: withdraw-prefix, node: SJC-s01, prefix: 173.245.58.0/24}
                expect:
                  - {reaches: {client: GB, pop: LHR, at: 30s}}
                  - {reaches: {client: US-NEN, pop: IAD, at: 30s}}
                """)).containsExactly(
                "traffic.flashCrowds[0].region: no region 'EUR' in cloudflare-2013 (did you mean 'EU'?)",
                "timeline[0].server: no server 'SJC-s03' in cloudflare-2013 (did you mean 'SJC-s01'?)",
                "timeline[1].switch: no switch 'LHR-sw3' in cloudflare-2013 (did you mean 'LHR-sw1'?)",
                "timeline[2].pops: no PoP 'LHRX' in cloudflare-2013 (did you mean 'LHR'?)");
    }

    @Test
    void namesAreLowercaseWords() throws Exception {
        assertThat(problems(DIAMOND.replace("name: t", "name: My_Drill"))).containsExactly(
                "name: 'My_Drill' is not a scenario name: use lowercase letters, digits and '-' (e.g. my-drill)");
    }

    @Test
    void importedTopologiesNeedTheirFile() throws Exception {
        assertThat(problems("name: t\nduration: 1s\ntopology: {import: {graphml: Abilen}}\n")).containsExactly(
                "topology.import.graphml: no bundled Topology Zoo network 'Abilen' (did you mean 'Abilene'?); one of "
                        + "Abilene, AttMpls, Cogentco, Geant2012, HurricaneElectric, Ntt, Sprint, Tinet, Highwinds, "
                        + "Savvis, or a path to a .graphml file");
        assertThat(problems("name: t\nduration: 1s\ntopology: {import: {caida: no/such.txt}}\n")).singleElement()
                .asString().startsWith("topology.import.caida: no file ");
        assertThat(problems("name: t\nduration: 1s\ntopology: {import: {graphml: Abilene, as: 11537}}\n")).isEmpty();
    }

    @Test
    void problemsAreLocated() throws Exception {
        List<InputException> p = ScenarioValidator.validate(Samples.yaml(DIAMOND + "timeline: [{at: 200s, action: crash-router, router: O}]\n"));
        assertThat(p).singleElement().satisfies(e -> {
            assertThat(e.getMessage()).isEqualTo("test.yaml:13:17: field 'timeline[0].at': 200.000s is after the end of "
                    + "the run (duration 100.000s)");
        });
    }
}
