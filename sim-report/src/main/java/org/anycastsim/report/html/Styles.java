package org.anycastsim.report.html;

/**
 * The inline style sheet: large type and strong contrast for a projector, tables that
 * survive being pasted into a post-mortem, no web fonts and nothing fetched.
 */
final class Styles {

    static final String CSS = """
            :root { --ink: #1a1a1a; --muted: #555; --line: #d0d0d0; --pass: #1b7837; --fail: #b2182b;
                    --warn: #d95f02; --route: #5e3c99; --bg-soft: #f5f5f2; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 1280px; padding: 24px 32px 64px; color: var(--ink); background: #fff;
                   font: 18px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
            header.page { border-bottom: 3px solid var(--ink); margin-bottom: 24px; padding-bottom: 12px; }
            .kicker { color: var(--muted); font-size: 15px; letter-spacing: .06em; text-transform: uppercase; margin: 0; }
            h1 { font-size: 34px; margin: 4px 0 8px; line-height: 1.2; }
            h2 { font-size: 26px; margin: 40px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
            h3 { font-size: 21px; margin: 28px 0 8px; }
            p.lead { font-size: 20px; margin: 4px 0 8px; }
            p.meta { color: var(--muted); margin: 0; }
            nav.toc { font-size: 16px; margin: 12px 0 0; }
            nav.toc a { margin-right: 18px; }
            a { color: #1f4e9a; }
            .badge { display: inline-block; padding: 2px 12px; border-radius: 4px; color: #fff; font-weight: 700;
                     font-size: 18px; vertical-align: middle; margin-left: 8px; }
            .badge.pass { background: var(--pass); } .badge.fail { background: var(--fail); } .badge.none { background: #777; }
            table { border-collapse: collapse; margin: 8px 0 16px; min-width: 50%; }
            th, td { border: 1px solid var(--line); padding: 6px 12px; text-align: left; vertical-align: top; }
            th { background: var(--bg-soft); }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.pass td.verdict { color: var(--pass); font-weight: 700; }
            tr.fail td.verdict { color: var(--fail); font-weight: 700; }
            tr.fail { background: #fbeaea; }
            ol.narrative { list-style: none; padding: 0; margin: 8px 0; border-left: 4px solid var(--line); }
            ol.narrative li { padding: 3px 0 3px 14px; }
            ol.narrative .t { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 16px; color: var(--muted);
                              display: inline-block; min-width: 7.5em; }
            ol.narrative .note { color: var(--muted); font-size: 16px; }
            ol.narrative .note::before { content: " \\2014 "; }
            li.failure { color: var(--fail); font-weight: 700; }
            li.detection { color: var(--warn); }
            li.routing { color: var(--route); }
            li.repair { color: var(--pass); }
            li.alert { color: var(--warn); font-weight: 700; }
            li.milestone { color: var(--pass); font-weight: 700; background: #eef6ee; }
            li.summary { color: var(--muted); font-style: italic; }
            figure { margin: 16px 0 32px; break-inside: avoid; }
            figure img { max-width: 100%; height: auto; border: 1px solid var(--line); }
            figcaption { font-size: 16px; color: var(--muted); max-width: 1100px; }
            figcaption strong { color: var(--ink); }
            .skipped { color: var(--muted); font-style: italic; }
            pre.command { background: #1e1e1e; color: #f0f0f0; padding: 12px 16px; font-size: 17px; overflow-x: auto;
                          border-radius: 4px; }
            .run { border-top: 6px solid var(--ink); margin-top: 56px; padding-top: 8px; }
            .notes { background: #fff8e5; border-left: 4px solid var(--warn); padding: 8px 14px; }
            footer { margin-top: 48px; color: var(--muted); font-size: 15px; border-top: 1px solid var(--line); padding-top: 8px; }
            @media print { body { font-size: 12pt; max-width: none; padding: 0; } nav.toc { display: none; }
                           a { color: inherit; text-decoration: none; } h2 { break-after: avoid; } }
            """;

    private Styles() {
    }
}
