package org.anycastsim.scenarios.scenario.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} = {1} ns")
    @CsvSource(delimiter = '=', value = {
        "0 = 0",
        "0s = 0",
        "30s = 30000000000",
        "250ms = 250000000",
        "1.5s = 1500000000",
        "2m = 120000000000",
        "1h = 3600000000000",
        "100us = 100000",
        "100µs = 100000",
        "7ns = 7",
        ".5s = 500000000",
        "30 s = 30000000000",
        " 12ms  = 12000000",
        "0.0000000015s = 2",
    })
    void durations(String text, long nanos) {
        assertThat(Units.duration(text)).isEqualTo(nanos);
    }

    @Test
    void aDurationIsExactNotARoundedDouble() {
        assertThat(Units.duration("0.1s")).isEqualTo(100_000_000L);
        assertThat(Units.duration("2562047h")).isEqualTo(2562047L * 3_600_000_000_000L);
    }

    @Test
    void aBadDurationSaysHowToWriteOne() {
        assertThatThrownBy(() -> Units.duration("30 sec"))
                .isInstanceOf(UnitException.class)
                .hasMessage("'30 sec' is not a duration; write e.g. 30s, 250ms, 2m (did you mean '30s'?)");
        assertThatThrownBy(() -> Units.duration("2 minutes")).hasMessageEndingWith("(did you mean '2m'?)");
        assertThatThrownBy(() -> Units.duration("5 hrs")).hasMessageEndingWith("(did you mean '5h'?)");
        assertThatThrownBy(() -> Units.duration("5 msec")).hasMessageEndingWith("(did you mean '5ms'?)");
        assertThatThrownBy(() -> Units.duration("fast")).hasMessage("'fast' is not a duration; write e.g. 30s, 250ms, 2m");
        assertThatThrownBy(() -> Units.duration("")).hasMessageStartingWith("'' is not a duration");
        assertThatThrownBy(() -> Units.duration("1m30s")).hasMessageStartingWith("'1m30s' is not a duration");
    }

    @Test
    void aBareNumberIsNotADuration() {
        assertThatThrownBy(() -> Units.duration("30")).hasMessage("'30' has no unit; write e.g. 30s, 250ms, 2m");
        assertThatThrownBy(() -> Units.duration("0.5")).hasMessageContaining("has no unit");
    }

    @Test
    void durationsAreNeverNegativeOrHuge() {
        assertThatThrownBy(() -> Units.duration("-5ms")).hasMessage("'-5ms' is negative; a duration cannot be negative");
        assertThatThrownBy(() -> Units.duration("+5ms")).hasMessageContaining("leave out the '+'");
        assertThatThrownBy(() -> Units.duration("99999999999h")).hasMessage("'99999999999h' is too large for a duration");
    }

    @ParameterizedTest(name = "{0} = {1} rps")
    @CsvSource(delimiter = '=', value = {
        "1.5M rps = 1500000",
        "200k rps = 200000",
        "200K rps = 200000",
        "900 rps = 900",
        "2G rps = 2000000000",
        "0 rps = 0",
        "50krps = 50000",
        "0.5 rps = 0.5",
    })
    void rates(String text, double rps) {
        assertThat(Units.rate(text)).isEqualTo(rps);
    }

    @Test
    void badRates() {
        assertThatThrownBy(() -> Units.rate("1.5M")).hasMessage("'1.5M' is not a request rate; write e.g. 1.5M rps, 200k rps, 900 rps");
        assertThatThrownBy(() -> Units.rate("900")).hasMessage("'900' has no unit; write e.g. 1.5M rps, 200k rps, 900 rps");
        assertThatThrownBy(() -> Units.rate("1.5m rps")).hasMessageEndingWith("('m' would be milli: write M for millions)");
        assertThatThrownBy(() -> Units.rate("1k req/s")).hasMessageStartingWith("'1k req/s' is not a request rate");
        assertThatThrownBy(() -> Units.rate("-1 rps")).hasMessageContaining("cannot be negative");
    }

    @ParameterizedTest(name = "{0} = {1} bit/s")
    @CsvSource(delimiter = '=', value = {
        "10Gbps = 10000000000",
        "100 Mbps = 100000000",
        "40G = 40000000000",
        "1.5Tbps = 1500000000000",
        "64kbps = 64000",
        "9600bps = 9600",
        "2.5 G = 2500000000",
    })
    void bandwidths(String text, long bps) {
        assertThat(Units.bandwidth(text)).isEqualTo(bps);
    }

    @Test
    void badBandwidths() {
        assertThatThrownBy(() -> Units.bandwidth("10GB/s")).hasMessage(
                "'10GB/s' is not a bandwidth; write e.g. 10Gbps, 100 Mbps, 40G (bandwidth is in bits per second, not bytes)");
        assertThatThrownBy(() -> Units.bandwidth("10")).hasMessage("'10' has no unit; write e.g. 10Gbps, 100 Mbps, 40G");
        assertThatThrownBy(() -> Units.bandwidth("-10Gbps")).hasMessage("'-10Gbps' is negative; a bandwidth cannot be negative");
        assertThatThrownBy(() -> Units.bandwidth("fast")).hasMessageStartingWith("'fast' is not a bandwidth");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '=', value = {"0.01 = 0.01", "1% = 0.01", "100% = 1.0", "0 = 0", "1 = 1", "12.5 % = 0.125", "150% = 1.5"})
    void fractions(String text, double value) {
        assertThat(Units.fraction(text)).isEqualTo(value);
    }

    @Test
    void badFractions() {
        assertThatThrownBy(() -> Units.fraction("half")).hasMessage("'half' is not a fraction; write e.g. 0.01 or 1%");
        assertThatThrownBy(() -> Units.fraction("-1%")).hasMessageContaining("cannot be negative");
    }

    @ParameterizedTest(name = "{0} = {1} km")
    @CsvSource(delimiter = '=', value = {"1000km = 1000", "1.5 km = 1.5", "500m = 0.5"})
    void distances(String text, double km) {
        assertThat(Units.distanceKm(text)).isEqualTo(km);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000", "1000 miles", "far", "-3km"})
    void badDistances(String text) {
        assertThatThrownBy(() -> Units.distanceKm(text)).isInstanceOf(UnitException.class).hasMessageStartingWith("'" + text + "'");
    }
}
