package org.anycastsim.report.html;

import org.anycastsim.report.chart.ChartOutcome;
import org.anycastsim.report.data.OutputFormat;
import org.anycastsim.report.data.SweepRow;
import org.anycastsim.report.data.SweepTable;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code report.html} of a sweep: the worst cases first, as pictures, then every run as a table. */
public final class SweepPage {

    /** Rows shown in the table; the rest stay in sweep.csv. */
    static final int MAX_ROWS = 500;

    private SweepPage() {
    }

    /** @param runsWithReports runs whose folder holds a report.html to link to */
    public static String render(SweepTable table, List<Figure> charts, List<ChartOutcome.Skipped> skipped,
                                Set<String> runsWithReports) {
        HtmlWriter w = new HtmlWriter();
        long passed = table.rows().stream().filter(SweepRow::passed).count();
        Page.start(w, "anycast-sim sweep", "anycast-sim \u00b7 sweep report");
        w.open("h1").text("Sweep");
        Verdict.of(passed == table.rows().size()).badge(w);
        w.close("h1");
        w.element("p", String.format(Locale.ROOT, "%d runs, %d passed; varied: %s.", table.rows().size(), passed,
                table.parameterNames().isEmpty() ? "nothing" : String.join(", ", table.parameterNames())), "class", "lead");
        w.open("nav", "class", "toc").element("a", "Charts", "href", "#charts").element("a", "Runs", "href", "#runs")
                .close("nav");
        Page.endHeader(w);
        w.element("h2", "Worst cases", "id", "charts").newline();
        for (Figure figure : charts) {
            RunSection.figure(w, figure, "", "");
        }
        for (ChartOutcome.Skipped s : skipped) {
            w.open("p", "class", "skipped").text("Not shown: ").element("strong", s.title()).text(" \u2014 " + s.reason() + ".")
                    .close("p");
        }
        w.element("h2", "Runs, worst first", "id", "runs").newline();
        runs(w, table, runsWithReports);
        Page.end(w);
        return w.toString();
    }

    private static void runs(HtmlWriter w, SweepTable table, Set<String> runsWithReports) {
        w.open("table", "class", "sweep").open("thead").open("tr").element("th", "run");
        for (String parameter : table.parameterNames()) {
            w.element("th", parameter);
        }
        for (String heading : new String[] {"requests lost", "fullest PoP", "its peak utilisation", "convergence", "verdict"}) {
            w.element("th", heading);
        }
        w.close("tr").close("thead").open("tbody");
        List<SweepRow> rows = table.rows();
        for (SweepRow row : rows.subList(0, Math.min(MAX_ROWS, rows.size()))) {
            w.open("tr", "class", row.passed() ? "pass" : "fail").open("td");
            if (runsWithReports.contains(row.run())) {
                w.element("a", row.run(), "href", Html.relativeUrl(row.run() + "/" + OutputFormat.REPORT));
            } else {
                w.text(row.run());
            }
            w.close("td");
            for (String parameter : table.parameterNames()) {
                w.element("td", row.parameters().getOrDefault(parameter, ""));
            }
            w.element("td", Fmt.percent(row.lostFraction()), "class", "num");
            w.element("td", row.worstPop().isEmpty() ? Fmt.NONE : row.worstPop());
            w.element("td", Fmt.percent(row.maxPopUtilisation()), "class", "num");
            w.element("td", Fmt.seconds(row.convergenceSeconds()), "class", "num");
            w.element("td", Verdict.of(row.passed()).label, "class", "verdict");
            w.close("tr");
        }
        w.close("tbody").close("table").newline();
        if (rows.size() > MAX_ROWS) {
            w.element("p", String.format(Locale.ROOT, "The other %d runs are in sweep.csv.", rows.size() - MAX_ROWS), "class", "skipped");
        }
    }
}
