package org.anycastsim.report.data;

import org.anycastsim.report.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunDataTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryFileOfAServerCrashRun() throws IOException {
        RunData run = RunData.load(Fixtures.serverCrash().writeTo(dir));

        Summary summary = run.summary();
        assertThat(summary.scenario()).isEqualTo("server-crash");
        assertThat(summary.seed()).isEqualTo(1);
        assertThat(summary.command()).isEqualTo("anycast-sim drill server-crash --seed 1");
        assertThat(summary.events()).singleElement().satisfies(e -> {
            assertThat(e.at()).isEqualTo(60.0);
            assertThat(e.targetNode()).isEqualTo("SJC-s03");
            assertThat(e.converged()).isTrue();
        });
        assertThat(summary.expectations()).extracting(Expectation::name).contains("lost fraction of requests");
        assertThat(summary.traffic().offered()).isPositive();
        assertThat(summary.traffic().brokenSessions().serverDeath()).isPositive();

        TimeSeries series = run.timeSeries();
        assertThat(series.entities(Metrics.SERVER_SERVED_RPS)).contains("SJC-s01", "SJC-s06");
        assertThat(series.inGroup(Metrics.SERVER_SERVED_RPS, "SJC")).hasSize(6);
        assertThat(series.groupOf("SJC-s03")).contains("SJC");
        Series crashed = series.get(Metrics.SERVER_SERVED_RPS, "SJC-s03").orElseThrow();
        assertThat(crashed.valueAt(59)).isPositive();
        assertThat(crashed.valueAt(100)).isZero();
        Series neighbour = series.get(Metrics.SERVER_SERVED_RPS, "SJC-s04").orElseThrow();
        assertThat(neighbour.valueAt(100)).isGreaterThan(neighbour.valueAt(59) * 1.1);

        assertThat(run.events()).isNotEmpty();
        assertThat(run.events().get(0).kind()).isEqualTo(EventKind.FAILURE);
        assertThat(run.events().get(0).node()).isEqualTo("SJC-s03");
        assertThat(run.catchments()).extracting(Catchment::label).containsExactly("before", "after");
        assertThat(run.catchments().get(0).rows()).hasSize(200);
        assertThat(run.notes()).isEmpty();
    }

    @Test
    void runsWithoutOptionalFilesStillLoadAndSayWhatIsMissing() throws IOException {
        Fixtures.serverCrash().writeTo(dir);
        Files.delete(dir.resolve(OutputFormat.EVENTS));
        Files.delete(dir.resolve(OutputFormat.TIMESERIES));

        RunData run = RunData.load(dir);

        assertThat(run.timeSeries().metrics()).isEmpty();
        assertThat(run.events()).isEmpty();
        assertThat(run.notes()).hasSize(2).anyMatch(n -> n.contains("timeseries.csv"));
    }

    @Test
    void aFolderWithoutSummaryIsNotARun() {
        assertThatThrownBy(() -> RunData.load(dir))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("summary.json is missing");
    }

    @Test
    void naturalOrderPutsServerTwoBeforeServerTen() {
        assertThat(Stream.of("s10", "s2", "s1", "a").sorted(NaturalOrder.INSTANCE))
                .containsExactly("a", "s1", "s2", "s10");
    }
}
