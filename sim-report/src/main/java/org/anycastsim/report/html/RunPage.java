package org.anycastsim.report.html;

import org.anycastsim.report.data.Summary;

import java.util.Locale;

/** {@code report.html} of a single run. */
public final class RunPage {

    private RunPage() {
    }

    public static String render(RunView run) {
        Summary s = run.summary();
        HtmlWriter w = new HtmlWriter();
        Page.start(w, "anycast-sim run: " + s.scenario(), "anycast-sim \u00b7 run report");
        w.open("h1").text(s.scenario());
        Verdict.of(s).badge(w);
        w.close("h1");
        if (!s.description().isEmpty()) {
            w.element("p", s.description(), "class", "lead");
        }
        w.element("p", meta(s), "class", "meta");
        RunSection.toc(w, "");
        Page.endHeader(w);
        RunSection.write(w, run, "", "", 2);
        Page.end(w);
        return w.toString();
    }

    static String meta(Summary s) {
        return String.format(Locale.ROOT, "seed %d \u00b7 topology %s \u00b7 %.1f s simulated \u00b7 %d injected event%s",
                s.seed(), s.topology().isEmpty() ? "unnamed" : s.topology(), s.durationSeconds(), s.events().size(),
                s.events().size() == 1 ? "" : "s");
    }
}
