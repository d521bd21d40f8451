package org.anycastsim.report.export;

import org.anycastsim.report.data.Csv;
import org.anycastsim.report.data.OutputFormat;
import org.anycastsim.report.data.SweepRow;
import org.anycastsim.report.data.SweepTable;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code sweep.csv}: {@code run}, the parameter columns, the result columns, then a
 * {@code utilisation.<POP>} column per PoP when the table has them. Rows are written in the
 * table's order (the sweep sorts them worst first).
 */
public final class SweepCsvWriter {

    private SweepCsvWriter() {
    }

    public static void write(SweepTable table, Path file) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(OutputFormat.SWEEP_RUN);
        header.addAll(table.parameterNames());
        header.addAll(OutputFormat.SWEEP_RESULT_COLUMNS);
        for (String pop : table.pops()) {
            header.add(OutputFormat.SWEEP_UTILISATION_PREFIX + pop);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(Csv.line(header));
            out.write('\n');
            for (SweepRow row : table.rows()) {
                out.write(Csv.line(fields(table, row)));
                out.write('\n');
            }
        }
    }

    private static List<String> fields(SweepTable table, SweepRow row) {
        List<String> fields = new ArrayList<>();
        fields.add(row.run());
        for (String parameter : table.parameterNames()) {
            fields.add(row.parameters().getOrDefault(parameter, ""));
        }
        fields.add(Csv.number(row.lostFraction()));
        fields.add(Csv.number(row.maxPopUtilisation()));
        fields.add(row.worstPop());
        fields.add(Double.isNaN(row.convergenceSeconds()) ? "" : Csv.number(row.convergenceSeconds()));
        fields.add(Boolean.toString(row.passed()));
        for (String pop : table.pops()) {
            Double utilisation = row.popUtilisation().get(pop);
            fields.add(utilisation == null ? "" : Csv.number(utilisation));
        }
        return fields;
    }
}
