package org.anycastsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anycastsim.report.data.SweepRow;
import org.anycastsim.report.data.SweepTable;
import org.anycastsim.scenarios.sweep.SweepResults;

/** The table a sweep ends with: its worst runs, one line each, with units in the headers. */
final class WorstRuns {
    private WorstRuns() {}

    static void print(PrintWriter out, SweepResults results, int limit) {
        SweepTable table = results.table();
        List<String> header = new ArrayList<>(List.of("run"));
        header.addAll(table.parameterNames());
        header.addAll(List.of("max PoP util (%)", "worst PoP", "lost (%)", "convergence (s)", "verdict"));
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        for (SweepRow row : table.rows().subList(0, Math.min(limit, table.rows().size()))) {
            List<String> line = new ArrayList<>(List.of(row.run()));
            table.parameterNames().forEach(p -> line.add(row.parameters().getOrDefault(p, "")));
            line.add(String.format(Locale.ROOT, "%.1f", 100 * row.maxPopUtilisation()));
            line.add(row.worstPop().isEmpty() ? "-" : row.worstPop());
            line.add(String.format(Locale.ROOT, "%.3f", 100 * row.lostFraction()));
            line.add(Double.isNaN(row.convergenceSeconds()) ? "never"
                    : String.format(Locale.ROOT, "%.3f", row.convergenceSeconds()));
            line.add(row.passed() ? "PASS" : "FAIL");
            lines.add(line);
        }
        int shown = lines.size() - 1;
        out.println(shown == table.rows().size() ? "runs, worst first:"
                : "the " + shown + " worst of " + table.rows().size() + " runs:");
        print(out, lines, table.parameterNames().size());
    }

    /** Text columns left-aligned (run, parameters, worst PoP, verdict), numbers right-aligned. */
    private static void print(PrintWriter out, List<List<String>> lines, int parameters) {
        int columns = lines.get(0).size();
        int[] width = new int[columns];
        for (List<String> line : lines) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], line.get(c).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                boolean numeric = c > parameters && c != parameters + 2 && c != columns - 1;
                String cell = line.get(c);
                String pad = " ".repeat(width[c] - cell.length());
                text.append(c == 0 ? "" : "  ").append(numeric ? pad + cell : cell + (c == columns - 1 ? "" : pad));
            }
            out.println(text);
        }
    }
}
