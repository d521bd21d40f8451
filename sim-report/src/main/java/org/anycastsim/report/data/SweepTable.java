package org.anycastsim.report.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contents of {@code sweep.csv}: one row per run, worst first, with the parameter
 * columns the sweep varied and, optionally, per-PoP peak utilisation columns.
 *
 * @param parameterNames the parameter columns, in file order
 * @param pops           the PoPs of the {@code utilisation.<POP>} columns, in file order (may be empty)
 * @param rows           the runs, in file order
 */
public record SweepTable(List<String> parameterNames, List<String> pops, List<SweepRow> rows) {

    public SweepTable {
        parameterNames = List.copyOf(parameterNames);
        pops = List.copyOf(pops);
        rows = List.copyOf(rows);
    }

    public static SweepTable read(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvLines lines = new CsvLines(name, in);
            List<String> header = lines.header();
            int results = header.indexOf(OutputFormat.SWEEP_RESULT_COLUMNS.get(0));
            int resultCount = OutputFormat.SWEEP_RESULT_COLUMNS.size();
            if (header.isEmpty() || !header.get(0).equals(OutputFormat.SWEEP_RUN) || results < 1
                    || results + resultCount > header.size()
                    || !header.subList(results, results + resultCount).equals(OutputFormat.SWEEP_RESULT_COLUMNS)) {
                throw lines.error("expected the header run,<parameters...>,"
                        + String.join(",", OutputFormat.SWEEP_RESULT_COLUMNS) + "[,utilisation.<POP>...], found "
                        + String.join(",", header));
            }
            List<String> parameterNames = header.subList(1, results);
            List<String> pops = new ArrayList<>();
            for (String column : header.subList(results + resultCount, header.size())) {
                if (!column.startsWith(OutputFormat.SWEEP_UTILISATION_PREFIX)
                        || column.length() == OutputFormat.SWEEP_UTILISATION_PREFIX.length()) {
                    throw lines.error("unexpected column '" + column + "' after 'passed': only "
                            + OutputFormat.SWEEP_UTILISATION_PREFIX + "<POP> columns may follow");
                }
                pops.add(column.substring(OutputFormat.SWEEP_UTILISATION_PREFIX.length()));
            }
            List<SweepRow> rows = new ArrayList<>();
            List<String> row;
            while ((row = lines.next()) != null) {
                Map<String, String> parameters = new LinkedHashMap<>();
                for (int i = 0; i < parameterNames.size(); i++) {
                    parameters.put(parameterNames.get(i), row.get(1 + i));
                }
                Map<String, Double> utilisation = new LinkedHashMap<>();
                for (int i = 0; i < pops.size(); i++) {
                    int column = results + resultCount + i;
                    double value = lines.optNumber(row, column, header.get(column));
                    if (!Double.isNaN(value)) {
                        utilisation.put(pops.get(i), value);
                    }
                }
                rows.add(new SweepRow(lines.nonEmpty(row, 0, OutputFormat.SWEEP_RUN), parameters,
                        lines.number(row, results, "lostFraction"),
                        lines.number(row, results + 1, "maxPopUtilisation"),
                        row.get(results + 2),
                        lines.optNumber(row, results + 3, "convergenceSeconds"),
                        lines.bool(row, results + 4, "passed"),
                        utilisation));
            }
            return new SweepTable(parameterNames, pops, rows);
        }
    }
}
