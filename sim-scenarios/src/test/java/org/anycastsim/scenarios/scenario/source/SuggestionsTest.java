package org.anycastsim.scenarios.scenario.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> FIELDS = List.of("hold", "keepalive", "mrai", "bfd", "rateLimitWithdrawals");

    @Test
    void typosWithinTwoEdits() {
        assertThat(Suggestions.closest("hlod", FIELDS)).contains("hold");
        assertThat(Suggestions.closest("keepalvie", FIELDS)).contains("keepalive");
        assertThat(Suggestions.closest("mria", FIELDS)).contains("mrai");
        assertThat(Suggestions.closest("SJC-s3", List.of("SJC-s01", "SJC-s02", "SJC-s03", "LAX-s03"))).contains("SJC-s03");
    }

    @Test
    void caseAndSeparatorsDoNotCount() {
        assertThat(Suggestions.closest("rate_limit_withdrawals", FIELDS)).contains("rateLimitWithdrawals");
        assertThat(Suggestions.closest("HOLD", FIELDS)).contains("hold");
    }

    @Test
    void nothingFarFetched() {
        assertThat(Suggestions.closest("timers", FIELDS)).isEmpty();
        assertThat(Suggestions.closest("x", List.of("a", "b"))).isEmpty();
        assertThat(Suggestions.didYouMean("zzz", FIELDS)).isEmpty();
        assertThat(Suggestions.didYouMean("hodl", FIELDS)).isEqualTo(" (did you mean 'hold'?)");
    }

    @Test
    void distanceCountsSwapsAsOneEdit() {
        assertThat(Suggestions.distance("abc", "acb")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "ab")).isEqualTo(2);
    }
}
