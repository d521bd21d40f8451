package org.anycastsim.scenarios.scenario.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anycastsim.scenarios.scenario.Samples;
import org.anycastsim.scenarios.world.World;
import org.junit.jupiter.api.Test;

class BuiltinWorldsTest {

    private static BuiltinTopology spec(String topology) throws Exception {
        return (BuiltinTopology) Samples.yaml("name: t\nduration: 1s\ntopology: " + topology + "\n").topology();
    }

    @Test
    void overridesReachTheWorld() throws Exception {
        World w = BuiltinWorlds.build(spec("""
                {builtin: cloudflare-2013, overrides: {serversPerPop: {SJC: 6}, switchesPerPop: 3,
                 services: {dns: [173.245.58.0/24]}}}"""));
        assertThat(w.pop("SJC").orElseThrow().servers()).isEqualTo(6);
        assertThat(w.topology().node("SJC-sw3")).isNotNull();
        assertThat(w.topology().servicePrefixes().keySet()).containsExactly("dns");
    }

    @Test
    void textbookWorldsTakeTheirFewOptions() throws Exception {
        World w = BuiltinWorlds.build(spec("{builtin: diamond, overrides: {serversPerPop: 3}}"));
        assertThat(w.name()).isEqualTo("diamond");
        assertThatThrownBy(() -> BuiltinWorlds.build(spec("{builtin: clique-5, overrides: {peeringShare: 0.5}}")))
                .isInstanceOfSatisfying(OverrideException.class, e -> assertThat(e.field()).isEqualTo("peeringShare"));
    }

    @Test
    void aRefusedOverrideNamesItsField() throws Exception {
        assertThatThrownBy(() -> BuiltinWorlds.build(spec("{builtin: cloudflare-2013, overrides: {transits: [9999]}}")))
                .isInstanceOfSatisfying(OverrideException.class, e -> assertThat(e.field()).isEqualTo("transits"));
    }
}
