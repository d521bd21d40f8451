package org.anycastsim.scenarios.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.anycastsim.scenarios.sweep.RunOutcome;

/**
 * A one-line count of finished runs on stderr, with an ETA; silent when stderr is not a terminal
 * or with --quiet. Runs finish on the sweep's worker threads, hence the synchronisation.
 */
final class SweepProgress implements Consumer<RunOutcome> {
    private final PrintStream err;
    private final String label;
    private final int total;
    private final long wallStart = System.nanoTime();
    private int done;
    private boolean shown;

    private SweepProgress(PrintStream err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    /** A progress line, or null when nothing should be drawn. */
    static SweepProgress create(boolean quiet, String label, int total) {
        return quiet || System.console() == null ? null : new SweepProgress(System.err, label, total);
    }

    @Override
    public synchronized void accept(RunOutcome outcome) {
        done++;
        double fraction = done / (double) total;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        int width = 30;
        int filled = (int) (fraction * width);
        String eta = done < total ? String.format(Locale.ROOT, " ETA %.0fs", wall * (1 - fraction) / fraction) : "";
        err.printf(Locale.ROOT, "\r%-18s [%s%s] %d/%d runs%s   ", label, "#".repeat(filled),
                " ".repeat(width - filled), done, total, eta);
        err.flush();
        shown = true;
    }

    synchronized void finish() {
        if (shown) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
            shown = false;
        }
    }
}
