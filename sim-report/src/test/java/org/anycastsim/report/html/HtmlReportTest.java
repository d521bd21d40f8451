package org.anycastsim.report.html;

import org.anycastsim.report.ReportRenderer;
import org.anycastsim.report.RenderResult;
import org.anycastsim.report.data.EventKind;
import org.anycastsim.report.data.Expectation;
import org.anycastsim.report.data.LogEvent;
import org.anycastsim.report.data.OutputFormat;
import org.anycastsim.report.data.RunData;
import org.anycastsim.report.export.EventLogJsonlWriter;
import org.anycastsim.report.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {

    @TempDir
    Path dir;

    @Test
    void runPageHasEverySectionEveryExpectationAndEveryChart() throws Exception {
        Fixtures.serverCrash()
                .expectation(new Expectation("SJC-s03 back in the ECMP group after reboot", false, 152.0, "< 151"))
                .writeTo(dir);
        RunData run = RunData.load(dir);

        RenderResult result = ReportRenderer.renderRun(dir);
        Document page = HtmlChecks.parse(result.report());

        assertThat(HtmlChecks.ids(page)).containsSubsequence(RunSection.SECTIONS);
        List<Element> rows = HtmlChecks.elements(page, "tr").stream()
                .filter(r -> r.getParentNode().getNodeName().equals("tbody")
                        && r.getParentNode().getParentNode() instanceof Element table
                        && table.getAttribute("class").equals("expectations"))
                .toList();
        assertThat(rows).hasSize(run.summary().expectations().size());
        for (int i = 0; i < rows.size(); i++) {
            Expectation e = run.summary().expectations().get(i);
            assertThat(rows.get(i).getTextContent()).contains(e.name(), e.bound());
            assertThat(rows.get(i).getAttribute("class")).isEqualTo(e.passed() ? "pass" : "fail");
        }
        assertThat(rows.get(rows.size() - 1).getTextContent()).contains("152", "\u2717 failed");
        assertThat(HtmlChecks.elements(page, "figure")).extracting(f -> f.getAttribute("id")).containsExactly(
                "chart-traffic-by-pop", "chart-server-load", "chart-drops-and-sessions", "chart-bgp-activity",
                "chart-latency", "chart-catchment");
        assertThat(HtmlChecks.elements(page, "span")).filteredOn(s -> s.getAttribute("class").contains("badge"))
                .singleElement().satisfies(b -> assertThat(b.getTextContent()).isEqualTo("FAILED"));
        assertThat(HtmlChecks.textsOf(page, "code", null)).containsExactly("anycast-sim drill server-crash --seed 1");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void everyLinkAndImageOfThePageIsAFileBesideIt() throws Exception {
        Fixtures.routerCrash().writeTo(dir);
        Document page = HtmlChecks.parse(ReportRenderer.renderRun(dir).report());

        List<String> links = HtmlChecks.localLinks(page);
        assertThat(links).contains("charts/traffic-by-pop.png", "charts/traffic-by-pop.svg", "timeseries.csv");
        assertThat(links).allSatisfy(link -> {
            assertThat(link).doesNotContain("://").doesNotStartWith("/");
            assertThat(dir.resolve(link)).isRegularFile();
        });
        String html = Files.readString(dir.resolve(OutputFormat.REPORT));
        assertThat(html).doesNotContain("<script", "<link", "@import", "url(");
    }

    @Test
    void textFromTheRunIsEscapedEverywhere() throws Exception {
        String evil = "<script>alert('x')</script>";
        Fixtures.serverCrash()
                .description("a \"quoted\" & <b>bold</b> description")
                .parameter("note", "</td><td onmouseover=alert(1)>")
                .expectation(new Expectation("<img src=x onerror=alert(1)>", true, 1, "< 2 & > 0"))
                .command("anycast-sim run \"<script>.yaml\" --seed 1")
                .writeTo(dir);
        renameScenario(dir, evil);
        List<LogEvent> events = new ArrayList<>(RunData.load(dir).events());
        events.add(LogEvent.of(170, EventKind.INFO, null, "<iframe>", null, "<svg onload=alert(1)>"));
        EventLogJsonlWriter.writeAll(dir.resolve(OutputFormat.EVENTS), events);

        Path report = ReportRenderer.renderRun(dir).report();
        String html = Files.readString(report);

        assertThat(html).doesNotContain("<script", "<img src=x", "<iframe", "<svg onload", "<b>bold", "<td onmouseover");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                "a &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; description",
                "&lt;svg onload=alert(1)&gt;", "&lt; 2 &amp; &gt; 0");
        Document page = HtmlChecks.parse(report);
        assertThat(HtmlChecks.textsOf(page, "h1", null).get(0)).startsWith(evil);
        assertThat(HtmlChecks.elements(page, "script")).isEmpty();
        assertThat(HtmlChecks.textsOf(page, "title", null)).containsExactly("anycast-sim run: " + evil);
    }

    @Test
    void skippedChartsAreNamedOnThePage() throws Exception {
        Fixtures.serverCrash().without(true, true, false, true).writeTo(dir);

        RenderResult result = ReportRenderer.renderRun(dir);

        String html = Files.readString(result.report());
        assertThat(html).contains("Not shown: <strong>Latency percentiles</strong>", "Not shown: <strong>BGP activity</strong>");
        assertThat(result.warnings()).hasSize(3).anyMatch(w -> w.contains("catchment"));
    }

    @Test
    void relativeUrlsAreEncodedPerSegment() {
        assertThat(Html.relativeUrl("a b/c#d/x.png")).isEqualTo("a%20b/c%23d/x.png");
        assertThat(Html.relativeUrl("javascript:alert(1)")).isEqualTo("javascript%3Aalert%281%29");
        assertThat(Html.id("run <1>")).isEqualTo("run-1");
    }

    /** The fixture's scenario name is its folder name; here it must be hostile. */
    private static void renameScenario(Path dir, String name) throws Exception {
        Path summary = dir.resolve(OutputFormat.SUMMARY);
        String json = Files.readString(summary).replace("\"scenario\" : \"server-crash\"",
                "\"scenario\" : \"" + name.replace("\"", "\\\"") + "\"");
        Files.writeString(summary, json);
    }
}
