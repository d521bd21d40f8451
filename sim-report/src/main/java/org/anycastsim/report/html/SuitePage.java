package org.anycastsim.report.html;

import org.anycastsim.report.chart.ChartOutcome;
import org.anycastsim.report.data.OutputFormat;
import org.anycastsim.report.data.Summary;

import java.util.List;
import java.util.Locale;

/**
 * {@code report.html} of a drill suite: one table comparing the drills, the suite charts,
 * then every drill in full, so that the whole rehearsal fits in one page.
 */
public final class SuitePage {

    private SuitePage() {
    }

    public static String render(List<SuiteMember> members, List<Figure> charts, List<ChartOutcome.Skipped> skipped) {
        HtmlWriter w = new HtmlWriter();
        long passed = members.stream().filter(m -> m.entry().passed()).count();
        Page.start(w, "anycast-sim drill suite", "anycast-sim \u00b7 drill suite report");
        w.open("h1").text("Drill suite");
        Verdict.of(passed == members.size()).badge(w);
        w.close("h1");
        w.element("p", String.format(Locale.ROOT, "%d of %d drills passed.", passed, members.size()), "class", "lead");
        w.open("nav", "class", "toc").element("a", "Summary", "href", "#summary").element("a", "Charts", "href", "#charts");
        for (SuiteMember m : members) {
            w.element("a", m.entry().name(), "href", "#" + m.idPrefix() + "top");
        }
        w.close("nav");
        Page.endHeader(w);

        w.element("h2", "Summary", "id", "summary").newline();
        table(w, members);
        w.element("h2", "Charts", "id", "charts").newline();
        for (Figure figure : charts) {
            RunSection.figure(w, figure, "", "");
        }
        for (ChartOutcome.Skipped s : skipped) {
            w.open("p", "class", "skipped").text("Not shown: ").element("strong", s.title()).text(" \u2014 " + s.reason() + ".")
                    .close("p");
        }
        for (SuiteMember m : members) {
            Summary s = m.run().summary();
            w.newline().open("section", "class", "run", "id", m.idPrefix() + "top");
            w.open("h2").text(m.entry().name());
            Verdict.of(m.entry().passed()).badge(w);
            w.close("h2");
            if (!s.description().isEmpty()) {
                w.element("p", s.description(), "class", "lead");
            }
            w.open("p", "class", "meta").text(RunPage.meta(s) + " \u00b7 ")
                    .element("a", "this drill's own report", "href", Html.relativeUrl(m.base() + OutputFormat.REPORT))
                    .close("p");
            RunSection.toc(w, m.idPrefix());
            RunSection.write(w, m.run(), m.base(), m.idPrefix(), 3);
            w.close("section");
        }
        Page.end(w);
        return w.toString();
    }

    private static void table(HtmlWriter w, List<SuiteMember> members) {
        w.open("table", "class", "suite").open("thead").open("tr");
        for (String heading : new String[] {"drill", "verdict", "control-plane convergence", "data-plane convergence",
            "requests lost", "broken sessions"}) {
            w.element("th", heading);
        }
        w.close("tr").close("thead").open("tbody");
        for (SuiteMember m : members) {
            Summary s = m.run().summary();
            w.open("tr", "class", m.entry().passed() ? "pass" : "fail");
            w.open("td").element("a", m.entry().name(), "href", "#" + m.idPrefix() + "top").close("td");
            w.element("td", Verdict.of(m.entry().passed()).label, "class", "verdict");
            w.element("td", Fmt.seconds(s.worstControlPlaneConvergence()), "class", "num");
            w.element("td", Fmt.seconds(s.worstDataPlaneConvergence()), "class", "num");
            w.element("td", Fmt.percent(s.traffic().lostFraction()), "class", "num");
            w.element("td", Fmt.count(s.traffic().brokenSessions().total()), "class", "num");
            w.close("tr");
        }
        w.close("tbody").close("table").newline();
    }
}
