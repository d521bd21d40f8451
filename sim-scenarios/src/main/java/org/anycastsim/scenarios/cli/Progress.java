package org.anycastsim.scenarios.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.anycastsim.core.kernel.SimTime;

/**
 * A one-line progress bar on stderr (simulated time, percentage, ETA) for runs longer than a
 * moment; silent when stderr is not a terminal or with --quiet.
 */
final class Progress implements Consumer<Long> {
    private static final long SHOW_AFTER_NANOS = 1_500_000_000L;
    private final PrintStream err;
    private final String label;
    private final long totalNanos;
    private final long wallStart = System.nanoTime();
    private boolean shown;

    private Progress(PrintStream err, String label, long totalNanos) {
        this.err = err;
        this.label = label;
        this.totalNanos = totalNanos;
    }

    /** A progress bar, or null when nothing should be drawn. */
    static Progress create(boolean quiet, String label, long totalNanos) {
        return quiet || System.console() == null ? null : new Progress(System.err, label, totalNanos);
    }

    @Override
    public void accept(Long simNanos) {
        long wall = System.nanoTime() - wallStart;
        if (wall < SHOW_AFTER_NANOS && simNanos < totalNanos) {
            return;
        }
        double done = totalNanos == 0 ? 1 : Math.min(1, simNanos / (double) totalNanos);
        int width = 30;
        int filled = (int) (done * width);
        String eta = done > 0 && done < 1 ? String.format(Locale.ROOT, " ETA %.0fs", wall / 1e9 * (1 - done) / done) : "";
        err.printf(Locale.ROOT, "\r%-18s [%s%s] %3.0f%% %s of %s%s   ", label, "#".repeat(filled),
                " ".repeat(width - filled), 100 * done, SimTime.format(simNanos), SimTime.format(totalNanos), eta);
        shown = true;
        if (done >= 1) {
            finish();
        }
    }

    void finish() {
        if (shown) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
            shown = false;
        }
    }
}
