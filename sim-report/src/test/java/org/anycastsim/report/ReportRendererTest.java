package org.anycastsim.report;

import org.anycastsim.report.chart.ImageChecks;
import org.anycastsim.report.data.OutputFormat;
import org.anycastsim.report.data.ReportInputException;
import org.anycastsim.report.fixtures.Fixtures;
import org.anycastsim.report.html.HtmlChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportRendererTest {

    @TempDir
    Path dir;

    @Test
    void renderDetectsARunAndWritesThePageAndEveryChart() throws Exception {
        Fixtures.serverCrash().writeTo(dir);

        RenderResult result = ReportRenderer.render(dir);

        assertThat(result.report()).isEqualTo(dir.resolve(OutputFormat.REPORT)).isRegularFile();
        assertThat(result.files()).hasSize(2 * 6 + 1).allSatisfy(f -> assertThat(f).isRegularFile());
        assertThat(dir.resolve("charts/traffic-by-pop.png")).isRegularFile();
        ImageChecks.assertPng(dir.resolve("charts/server-load.png"), 1200, 760);
    }

    @Test
    void renderDetectsASuiteAndShowsEveryDrillOnOnePage() throws Exception {
        Fixtures.suite(dir);

        RenderResult result = ReportRenderer.render(dir);

        Document page = HtmlChecks.parse(result.report());
        assertThat(HtmlChecks.elements(page, "section")).hasSize(5);
        String text = page.getDocumentElement().getTextContent();
        for (String drill : Fixtures.DRILLS) {
            assertThat(text).contains(drill);
            assertThat(dir.resolve(drill).resolve(OutputFormat.REPORT)).isRegularFile();
            assertThat(HtmlChecks.localLinks(page)).contains(drill + "/charts/traffic-by-pop.png", drill + "/report.html");
        }
        assertThat(HtmlChecks.localLinks(page)).contains("charts/suite-convergence.png", "charts/suite-lost-fraction.png")
                .allSatisfy(link -> assertThat(dir.resolve(link)).isRegularFile());
        assertThat(HtmlChecks.elements(page, "table")).filteredOn(t -> t.getAttribute("class").equals("suite"))
                .singleElement().satisfies(t -> assertThat(t.getElementsByTagName("tr").getLength()).isEqualTo(6));
        assertThat(HtmlChecks.ids(page)).contains("run-router-crash-narrative", "run-process-crash-expectations");
    }

    @Test
    void renderDetectsASweep() throws Exception {
        Fixtures.sweep(dir);

        RenderResult result = ReportRenderer.render(dir);

        Document page = HtmlChecks.parse(result.report());
        assertThat(HtmlChecks.localLinks(page)).contains("charts/sweep-heatmap.png", "charts/sweep-worst-cases.png");
        assertThat(page.getDocumentElement().getTextContent()).contains("n-1-SJC", "n-1-FRA");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aFolderThatIsNoneOfTheThreeIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> ReportRenderer.render(dir))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("not a run, suite or sweep folder");
    }

    @Test
    void aBrokenFileStopsTheReportWithItsLocation() throws Exception {
        Fixtures.serverCrash().writeTo(dir);
        Files.writeString(dir.resolve(OutputFormat.TIMESERIES), "time_s,metric,entity,group,value\n0,pop.served_rps,SJC\n");

        assertThatThrownBy(() -> ReportRenderer.render(dir))
                .isInstanceOf(ReportInputException.class)
                .hasMessage("timeseries.csv:2: expected 5 columns, found 3");
    }

    @Test
    void aLargeRunRendersWithinAGenerousBound() throws Exception {
        Fixtures.large().writeTo(dir);
        assertThat(Files.size(dir.resolve(OutputFormat.TIMESERIES))).isGreaterThan(50_000_000L);

        long start = System.nanoTime();
        RenderResult result = ReportRenderer.renderRun(dir);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(result.warnings()).isEmpty();
        assertThat(Files.readString(result.report())).contains("large-run", "Servers in FRA");
    }
}
