package org.anycastsim.report.export;

import org.anycastsim.report.data.BrokenSessions;
import org.anycastsim.report.data.Catchment;
import org.anycastsim.report.data.CatchmentCsvReader;
import org.anycastsim.report.data.CatchmentRow;
import org.anycastsim.report.data.EventKind;
import org.anycastsim.report.data.EventLogReader;
import org.anycastsim.report.data.Expectation;
import org.anycastsim.report.data.InjectedEvent;
import org.anycastsim.report.data.LogEvent;
import org.anycastsim.report.data.Metrics;
import org.anycastsim.report.data.OutputFormat;
import org.anycastsim.report.data.Series;
import org.anycastsim.report.data.SnapshotRef;
import org.anycastsim.report.data.SuiteEntry;
import org.anycastsim.report.data.SuiteIndex;
import org.anycastsim.report.data.Summary;
import org.anycastsim.report.data.SummaryReader;
import org.anycastsim.report.data.SweepRow;
import org.anycastsim.report.data.SweepTable;
import org.anycastsim.report.data.TimeSeries;
import org.anycastsim.report.data.TimeSeriesCsvReader;
import org.anycastsim.report.data.TimeSeriesRow;
import org.anycastsim.report.data.TrafficTotals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the writers write, the readers read back unchanged: the format has one definition. */
class RoundTripTest {

    @TempDir
    Path dir;

    @Test
    void summaryRoundTripsIncludingAbsentValuesAsNull() throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("hashing", "maglev");
        parameters.put("serversPerPop", "6");
        Summary summary = new Summary("process-crash", "DNS \"crashes\" <on> one server", 42, 180.0,
                "cloudflare-2013", "anycast-sim drill process-crash --seed 42", parameters,
                List.of(new Expectation("lost fraction", true, 0.0004, "< 0.01"),
                        new Expectation("unmeasurable", false, Double.NaN, "> 0")),
                List.of(new InjectedEvent(60.0, "crash-process", "SJC-s03/dns", 1.004, 1.004, 3, true),
                        new InjectedEvent(90.0, "crash-router", "SJC-r1", Double.NaN, Double.NaN, 0, false)),
                new TrafficTotals(1.8e7, 1.79e7, 1.0e5, 0.0055, new BrokenSessions(12, 3, 40), 120_000),
                List.of(new SnapshotRef(59.0, "before", "catchment", "catchment-before.csv")),
                1.9, 812_345);
        Path file = dir.resolve(OutputFormat.SUMMARY);

        SummaryJsonWriter.write(summary, file);

        assertThat(SummaryReader.read(file)).isEqualTo(summary);
        assertThat(Files.readString(file)).contains("\"controlPlaneConvergenceSeconds\" : null");
    }

    @Test
    void summaryWithoutCommandLeavesTheFieldOut() throws IOException {
        Summary summary = new Summary("x", "", 1, 10, "", null, Map.of(), List.of(), List.of(),
                new TrafficTotals(0, 0, 0, 0, BrokenSessions.NONE, 0), List.of(), Double.NaN, 0);
        Path file = dir.resolve(OutputFormat.SUMMARY);
        SummaryJsonWriter.write(summary, file);
        assertThat(Files.readString(file)).doesNotContain("command");
        assertThat(SummaryReader.read(file)).isEqualTo(summary);
    }

    @Test
    void eventLogRoundTripsWithFurtherFieldsInOrder() throws IOException {
        List<LogEvent> events = List.of(
                LogEvent.of(60.0, EventKind.FAILURE, "process-crash", "SJC-s03", "SJC", "dns crashed")
                        .with(LogEvent.SERVICE, "dns"),
                LogEvent.of(61.0, EventKind.WITHDRAW, null, "SJC-s03", "SJC", null)
                        .with(LogEvent.PREFIX, "173.245.58.0/24").with(LogEvent.TO, "SJC-r1"),
                LogEvent.of(61.004, EventKind.ROUTE_CHANGE, null, "AS174-SJC", null, "line\nbreak \"quoted\"")
                        .with(LogEvent.FROM, "SJC-s03").with(LogEvent.TO, "SJC-s04"));
        Path file = dir.resolve(OutputFormat.EVENTS);

        EventLogJsonlWriter.writeAll(file, events);

        assertThat(Files.readAllLines(file)).hasSize(3).first()
                .isEqualTo("{\"t\":60.0,\"kind\":\"failure\",\"type\":\"process-crash\",\"node\":\"SJC-s03\","
                        + "\"pop\":\"SJC\",\"detail\":\"dns crashed\",\"service\":\"dns\"}");
        assertThat(EventLogReader.read(file)).isEqualTo(events);
    }

    @Test
    void eventLogWriterRefusesEventsOutOfTimeOrder() throws IOException {
        try (EventLogJsonlWriter writer = new EventLogJsonlWriter(dir.resolve(OutputFormat.EVENTS))) {
            writer.write(LogEvent.of(2, EventKind.INFO, null, null, null, "b"));
            assertThatThrownBy(() -> writer.write(LogEvent.of(1, EventKind.INFO, null, null, null, "a")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void timeSeriesRoundTripsInterleavedRows() throws IOException {
        List<TimeSeriesRow> rows = List.of(
                new TimeSeriesRow(0, Metrics.SERVER_SERVED_RPS, "SJC-s01", "SJC", 1200),
                new TimeSeriesRow(0, Metrics.SERVER_SERVED_RPS, "odd, \"name\"", "SJC", 0.125),
                new TimeSeriesRow(0.5, Metrics.SERVER_SERVED_RPS, "SJC-s01", "SJC", 1.8e7),
                new TimeSeriesRow(0.5, Metrics.BGP_UPDATES_PER_S, Metrics.ALL, "", 3.0E-4));
        Path file = dir.resolve(OutputFormat.TIMESERIES);

        TimeSeriesCsvWriter.writeAll(file, rows);
        TimeSeries read = TimeSeriesCsvReader.read(file);

        assertThat(Files.readAllLines(file).get(1)).isEqualTo("0,server.served_rps,SJC-s01,SJC,1200");
        assertThat(read.rowCount()).isEqualTo(4);
        Series s01 = read.get(Metrics.SERVER_SERVED_RPS, "SJC-s01").orElseThrow();
        assertThat(s01.times()).containsExactly(0, 0.5);
        assertThat(s01.values()).containsExactly(1200, 1.8e7);
        assertThat(read.get(Metrics.SERVER_SERVED_RPS, "odd, \"name\"").orElseThrow().value(0)).isEqualTo(0.125);
        assertThat(read.get(Metrics.BGP_UPDATES_PER_S, Metrics.ALL).orElseThrow().value(0)).isEqualTo(3.0E-4);
    }

    @Test
    void catchmentRoundTripsClientsThatReachNoPop() throws IOException {
        List<CatchmentRow> rows = List.of(
                new CatchmentRow("AS64500, Inc.", "US", 37.5, -122.25, "SJC", 1.5),
                new CatchmentRow("AS64501", "NZ", -41.3, 174.8, null, 0.25));

        Path file = CatchmentCsvWriter.write(dir, "after", rows);

        assertThat(file.getFileName().toString()).isEqualTo("catchment-after.csv");
        assertThat(CatchmentCsvReader.read(file, "after")).isEqualTo(new Catchment("after", rows));
    }

    @Test
    void suiteAndSweepRoundTrip() throws IOException {
        SuiteIndex suite = new SuiteIndex(List.of(new SuiteEntry("process-crash", "process-crash", true),
                new SuiteEntry("router-crash", "runs/router-crash", false)));
        SuiteJsonWriter.write(suite, dir.resolve(OutputFormat.SUITE));
        assertThat(SuiteIndex.read(dir.resolve(OutputFormat.SUITE))).isEqualTo(suite);

        SweepTable sweep = new SweepTable(List.of("failed"), List.of("SJC", "LAX"), List.of(
                new SweepRow("n-1-SJC", Map.of("failed", "SJC"), 0.01, 0.97, "LAX", 4.1, false,
                        Map.of("SJC", 0.0, "LAX", 0.97)),
                new SweepRow("n-1-LAX", Map.of("failed", "LAX"), 0.0, 0.8, "SJC", Double.NaN, true, Map.of("SJC", 0.8))));
        SweepCsvWriter.write(sweep, dir.resolve(OutputFormat.SWEEP));
        assertThat(SweepTable.read(dir.resolve(OutputFormat.SWEEP))).isEqualTo(sweep);
    }
}
