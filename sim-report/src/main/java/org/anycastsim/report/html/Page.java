package org.anycastsim.report.html;

/** The frame of every page: document head with the inline style sheet, page header, footer. */
final class Page {

    private Page() {
    }

    /** Opens the document and writes the page header up to (not including) its closing tag. */
    static void start(HtmlWriter w, String title, String kicker) {
        w.markup("<!DOCTYPE html>\n").open("html", "lang", "en").newline().open("head").newline();
        w.empty("meta", "charset", "utf-8").newline();
        w.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        w.element("title", title).newline();
        w.open("style").markup(Styles.CSS).close("style").newline();
        w.close("head").newline().open("body").newline();
        w.open("header", "class", "page");
        w.element("p", kicker, "class", "kicker");
    }

    static void endHeader(HtmlWriter w) {
        w.close("header").newline();
    }

    static void end(HtmlWriter w) {
        w.newline().open("footer")
                .text("Written by anycast-sim from the files in this folder; re-render with anycast-sim report. "
                        + "Charts are PNG files in charts/; click one for its SVG. Times are simulated seconds.")
                .close("footer").newline();
        w.close("body").newline().close("html").newline();
    }
}
