package org.anycastsim.scenarios.scenario.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anycastsim.core.kernel.Distribution;
import org.junit.jupiter.api.Test;

class DistributionParserTest {

    @Test
    void aPlainDurationIsAConstantInSeconds() {
        assertThat(DistributionParser.parse("2s")).isEqualTo(new Distribution.Constant(2.0));
        assertThat(DistributionParser.parse("250ms")).isEqualTo(new Distribution.Constant(0.25));
        assertThat(DistributionParser.parse("0")).isEqualTo(new Distribution.Constant(0.0));
    }

    @Test
    void theFourFamilies() {
        assertThat(DistributionParser.parse("exp(2s)")).isEqualTo(new Distribution.Exponential(2.0));
        assertThat(DistributionParser.parse("uniform(60s, 120s)")).isEqualTo(new Distribution.Uniform(60.0, 120.0));
        assertThat(DistributionParser.parse("uniform(10m,30m)")).isEqualTo(new Distribution.Uniform(600.0, 1800.0));
        assertThat(DistributionParser.parse("lognormal(90s, 0.3)")).isEqualTo(new Distribution.LogNormal(90.0, 0.3));
        assertThat(DistributionParser.parse("lognormal(1.5s, 0.3)")).isEqualTo(new Distribution.LogNormal(1.5, 0.3));
        assertThat(DistributionParser.parse(" pareto( 1s , 2.5 ) ")).isEqualTo(new Distribution.Pareto(1.0, 2.5));
    }

    @Test
    void unknownFunctionsGetASuggestion() {
        assertThatThrownBy(() -> DistributionParser.parse("expo(2s)"))
                .isInstanceOf(UnitException.class)
                .hasMessageStartingWith("'expo' is not a distribution (did you mean 'exp'?); write e.g. 2s, exp(2s)");
        assertThatThrownBy(() -> DistributionParser.parse("lognorm(2s, 0.5)")).hasMessageContaining("did you mean 'lognormal'?");
    }

    @Test
    void argumentsAreChecked() {
        assertThatThrownBy(() -> DistributionParser.parse("exp(2)"))
                .hasMessage("'exp(2)': the mean '2' is not a duration; write e.g. 30s, 250ms, 2m");
        assertThatThrownBy(() -> DistributionParser.parse("uniform(60s)"))
                .hasMessage("'uniform(60s)': uniform takes 2 arguments, uniform(min, max)");
        assertThatThrownBy(() -> DistributionParser.parse("lognormal(90s, 0.3s)"))
                .hasMessage("'lognormal(90s, 0.3s)': the sigma '0.3s' must be a plain positive number");
        assertThatThrownBy(() -> DistributionParser.parse("uniform(120s, 60s)"))
                .hasMessage("'uniform(120s, 60s)': uniform needs max > min");
        assertThatThrownBy(() -> DistributionParser.parse("exp(0s)"))
                .hasMessage("'exp(0s)': exponential mean must be > 0");
    }

    @Test
    void aValueCutByAFlowMappingCommaGetsAHint() {
        assertThatThrownBy(() -> DistributionParser.parse("lognormal(1.5s"))
                .hasMessageContaining("has no closing ')'")
                .hasMessageContaining("quote the distribution");
    }

    @Test
    void aMistypedConstantKeepsTheDurationHint() {
        assertThatThrownBy(() -> DistributionParser.parse("30 sec")).hasMessageEndingWith("(did you mean '30s'?)");
        assertThatThrownBy(() -> DistributionParser.parse("slow")).hasMessageStartingWith("'slow' is not a distribution");
    }
}
