package org.anycastsim.report.html;

import org.anycastsim.report.chart.ChartOutcome;
import org.anycastsim.report.narrative.NarrativeLine;

import java.util.Locale;

/**
 * The body of one run: summary, story, charts, expectations, parameters. Written once and
 * used both by the run's own page and, with a folder prefix on every link, by the suite page.
 */
final class RunSection {

    /** The section ids, in page order: a test and a reader's bookmarks both rely on them. */
    static final String[] SECTIONS = {"summary", "narrative", "charts", "expectations", "reproduce", "data"};
    private static final String[] HEADINGS = {"Summary", "What happened, step by step", "Charts",
        "Expectations", "Parameters and how to reproduce", "Data files"};

    private RunSection() {
    }

    /**
     * @param base     the run folder relative to the page, empty or ending in {@code /}
     * @param idPrefix prefix of every id, so that several runs share a page
     * @param level    heading level of the sections (2 on a run page, 3 inside a suite)
     */
    static void write(HtmlWriter w, RunView run, String base, String idPrefix, int level) {
        String h = "h" + level;
        if (!run.notes().isEmpty()) {
            w.open("div", "class", "notes").open("ul");
            for (String note : run.notes()) {
                w.element("li", note);
            }
            w.close("ul").close("div");
        }
        heading(w, h, idPrefix, 0);
        RunTables.figures(w, run.summary(), run.figures());
        w.element("p", "Injected events and how the network converged after each:");
        RunTables.injectedEvents(w, run.summary());

        heading(w, h, idPrefix, 1);
        narrative(w, run);

        heading(w, h, idPrefix, 2);
        charts(w, run, base, idPrefix);

        heading(w, h, idPrefix, 3);
        RunTables.expectations(w, run.summary());

        heading(w, h, idPrefix, 4);
        RunTables.reproduce(w, run.summary());

        heading(w, h, idPrefix, 5);
        w.open("ul", "class", "files");
        for (String file : run.dataFiles()) {
            w.open("li").element("a", file, "href", Html.relativeUrl(base + file)).close("li");
        }
        w.close("ul").newline();
    }

    /** The table of contents of one run's sections. */
    static void toc(HtmlWriter w, String idPrefix) {
        w.open("nav", "class", "toc");
        for (int i = 0; i < SECTIONS.length; i++) {
            w.element("a", HEADINGS[i], "href", "#" + idPrefix + SECTIONS[i]);
        }
        w.close("nav");
    }

    private static void heading(HtmlWriter w, String h, String idPrefix, int section) {
        w.newline().element(h, HEADINGS[section], "id", idPrefix + SECTIONS[section]).newline();
    }

    private static void narrative(HtmlWriter w, RunView run) {
        if (run.narrative().lines().isEmpty()) {
            w.element("p", "Nothing happened: the event log is empty and no event was injected.", "class", "skipped");
            return;
        }
        w.element("p", String.format(Locale.ROOT, "%d logged events, in time order; long runs of routing changes "
                + "are summed up in one line.", run.narrative().eventCount()), "class", "meta");
        w.open("ol", "class", "narrative").newline();
        for (NarrativeLine line : run.narrative().lines()) {
            w.open("li", "class", line.tone().name().toLowerCase(Locale.ROOT));
            w.element("span", Fmt.time(line.t()), "class", "t").text(" ").text(line.text());
            if (!line.note().isEmpty()) {
                w.element("span", line.note(), "class", "note");
            }
            w.close("li").newline();
        }
        w.close("ol");
    }

    private static void charts(HtmlWriter w, RunView run, String base, String idPrefix) {
        for (Figure figure : run.charts()) {
            figure(w, figure, base, idPrefix);
        }
        if (!run.skipped().isEmpty()) {
            w.open("ul", "class", "skipped");
            for (ChartOutcome.Skipped skipped : run.skipped()) {
                w.open("li").text("Not shown: ").element("strong", skipped.title()).text(" \u2014 " + skipped.reason() + ".")
                        .close("li");
            }
            w.close("ul");
        }
    }

    static void figure(HtmlWriter w, Figure figure, String base, String idPrefix) {
        w.open("figure", "id", idPrefix + "chart-" + Html.id(figure.id()));
        w.open("a", "href", Html.relativeUrl(base + figure.svg()));
        w.empty("img", "src", Html.relativeUrl(base + figure.png()), "alt", figure.title(),
                "width", Integer.toString(figure.width()), "height", Integer.toString(figure.height()), "loading", "lazy");
        w.close("a");
        w.open("figcaption").element("strong", figure.title()).text(". " + figure.caption() + " ")
                .element("a", "SVG", "href", Html.relativeUrl(base + figure.svg())).close("figcaption");
        w.close("figure").newline();
    }
}
