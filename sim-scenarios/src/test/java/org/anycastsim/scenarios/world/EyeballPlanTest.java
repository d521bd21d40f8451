package org.anycastsim.scenarios.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EyeballPlanTest {

    @Test
    void apportionKeepsTheTotal() {
        assertThat(EyeballPlan.apportion(10, new long[] {1, 1, 1})).containsExactly(4, 3, 3);
        assertThat(EyeballPlan.apportion(228_033_875, new long[] {14620, 41320, 46660})).satisfies(parts ->
                assertThat(parts[0] + parts[1] + parts[2]).isEqualTo(228_033_875));
        assertThat(EyeballPlan.apportion(0, new long[] {5, 7})).containsExactly(0, 0);
    }

    @Test
    void smallCountriesAreMergedPerSubregion() {
        List<EyeballSpec> plan = EyeballPlan.plan(WorldData.get(), Cloudflare2013Options.defaults());
        EyeballSpec africa = plan.stream().filter(e -> e.code().equals("sub-saharan-africa")).findFirst().orElseThrow();
        assertThat(africa.members()).contains("BDI", "BEN").doesNotContain("NGA", "ZAF");
        assertThat(africa.name()).isEqualTo("Sub-Saharan Africa (" + africa.members().size() + " countries)");
        // a sub-region with one small country keeps that country's own network
        assertThat(plan).anySatisfy(e -> assertThat(e.code()).isEqualTo("IS"));
        assertThat(plan).filteredOn(e -> e.code().startsWith("US-")).extracting(EyeballSpec::country).containsOnly("US");
        assertThat(plan.stream().mapToLong(EyeballSpec::users).sum()).isEqualTo(2_542_351_039L + 17_000_000L);
    }
}
