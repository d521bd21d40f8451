package org.anycastsim.report.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Broken files are reported with the file, the line and what is wrong. */
class MalformedInputTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void timeSeriesWithTooFewColumnsNamesTheLine() throws IOException {
        Path csv = file("timeseries.csv", "time_s,metric,entity,group,value\n0,pop.served_rps,SJC,,1\n1,pop.served_rps,SJC,2\n");
        ReportInputException e = catchThrowableOfType(ReportInputException.class, () -> TimeSeriesCsvReader.read(csv));
        assertThat(e.file()).isEqualTo("timeseries.csv");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("timeseries.csv:3: expected 5 columns, found 4");
    }

    @Test
    void timeSeriesWithABadNumberOrHeaderOrBackwardsTime() throws IOException {
        Path badNumber = file("timeseries.csv", "time_s,metric,entity,group,value\n0,pop.served_rps,SJC,,lots\n");
        assertThatThrownBy(() -> TimeSeriesCsvReader.read(badNumber))
                .hasMessage("timeseries.csv:2: column 'value': not a number 'lots'");
        Path badHeader = file("timeseries.csv", "t,metric,entity,group,value\n");
        assertThatThrownBy(() -> TimeSeriesCsvReader.read(badHeader)).hasMessageStartingWith("timeseries.csv:1: expected the header");
        Path backwards = file("timeseries.csv",
                "time_s,metric,entity,group,value\n1,pop.served_rps,SJC,,1\n0,pop.served_rps,SJC,,1\n");
        assertThatThrownBy(() -> TimeSeriesCsvReader.read(backwards))
                .isInstanceOf(ReportInputException.class).hasMessageStartingWith("timeseries.csv:3: time 0.0");
        Path nan = file("timeseries.csv", "time_s,metric,entity,group,value\n0,pop.served_rps,SJC,,NaN\n");
        assertThatThrownBy(() -> TimeSeriesCsvReader.read(nan)).hasMessageContaining("timeseries.csv:2:");
    }

    @Test
    void eventLogWithBrokenJsonOrUnknownKindNamesTheLine() throws IOException {
        Path broken = file("events.jsonl", "{\"t\": 1.0, \"kind\": \"failure\"}\n\n{\"t\": 2.0, \"kind\": \n");
        ReportInputException e = catchThrowableOfType(ReportInputException.class, () -> EventLogReader.read(broken));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("events.jsonl:3: not valid JSON");

        Path unknown = file("events.jsonl", "{\"t\": 1.0, \"kind\": \"explosion\"}\n");
        assertThatThrownBy(() -> EventLogReader.read(unknown))
                .hasMessageStartingWith("events.jsonl:1: field 'kind': unknown kind 'explosion'");
        Path noTime = file("events.jsonl", "{\"kind\": \"failure\"}\n");
        assertThatThrownBy(() -> EventLogReader.read(noTime)).hasMessage("events.jsonl:1: field 't': missing");
    }

    @Test
    void summaryErrorsNameTheField() throws IOException {
        Path summary = file("summary.json", """
                {"scenario": "x", "seed": 1, "durationSeconds": 10,
                 "traffic": {"offered": 1, "served": 1, "dropped": 0},
                 "events": [{"at": "sixty", "action": "crash-server", "target": "SJC-s03"}]}
                """);
        assertThatThrownBy(() -> SummaryReader.read(summary))
                .isInstanceOf(ReportInputException.class)
                .hasMessage("summary.json: field 'events[0].at': expected a number, found \"sixty\"");

        Path syntax = file("summary.json", "{\n  \"scenario\": \"x\",\n  \"seed\": 1,,\n}\n");
        ReportInputException e = catchThrowableOfType(ReportInputException.class, () -> SummaryReader.read(syntax));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("summary.json:3: not valid JSON");

        Path missingTraffic = file("summary.json", "{\"scenario\": \"x\", \"seed\": 1, \"durationSeconds\": 10}");
        assertThatThrownBy(() -> SummaryReader.read(missingTraffic)).hasMessage("summary.json: field 'traffic': missing");
    }

    @Test
    void catchmentOutOfRangeCoordinatesAreRefused() throws IOException {
        Path csv = file("catchment-before.csv", "client,country,lat,lon,pop,demand_weight\nc1,US,95,10,SJC,1\n");
        assertThatThrownBy(() -> CatchmentCsvReader.read(csv, "before"))
                .hasMessageStartingWith("catchment-before.csv:2: coordinates out of range");
    }

    @Test
    void suiteFolderNamesMayNotLeaveTheSuite() throws IOException {
        Path suite = file("suite.json", "{\"runs\": [{\"name\": \"a\", \"dir\": \"../elsewhere\", \"passed\": true}]}");
        assertThatThrownBy(() -> SuiteIndex.read(suite)).hasMessageContaining("field 'runs[0].dir'");
    }

    @Test
    void sweepHeaderMustHaveTheResultColumns() throws IOException {
        Path csv = file("sweep.csv", "run,failed,lostFraction,maxPopUtilisation\n");
        assertThatThrownBy(() -> SweepTable.read(csv)).hasMessageStartingWith("sweep.csv:1: expected the header run,");
    }

    @Test
    void quotedCsvFieldsKeepTheirCommasAndQuotes() {
        assertThat(Csv.split("a,\"b,c\",\"say \"\"hi\"\"\",")).containsExactly("a", "b,c", "say \"hi\"", "");
        assertThat(Csv.line(List.of("a", "b,c", "say \"hi\""))).isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\"");
        assertThatThrownBy(() -> Csv.split("a,\"open")).isInstanceOf(IllegalArgumentException.class);
    }
}
