package org.anycastsim.scenarios.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.anycastsim.report.data.OutputFormat;
import org.anycastsim.report.data.SweepRow;
import org.anycastsim.report.data.SweepTable;
import org.anycastsim.report.export.SweepCsvWriter;

/**
 * A finished sweep: its runs ranked worst first, and the table of them.
 *
 * @param sweep          what was swept
 * @param seed           the base seed the runs came from
 * @param runs           worst first: by maximum PoP utilisation, then lost fraction, both highest
 *                       first, then by run name
 * @param parameterNames the parameter columns, in the order the runs first name them
 * @param pops           the PoPs of the {@code utilisation.<POP>} columns, in the order the runs measured them
 */
public record SweepResults(Sweep sweep, long seed, List<RunOutcome> runs, List<String> parameterNames,
        List<String> pops) {

    /** Worst first; the run name breaks ties so that the order never depends on the order runs finished in. */
    public static final Comparator<RunOutcome> WORST_FIRST = Comparator
            .comparingDouble(RunOutcome::maxPopUtilisation).reversed()
            .thenComparing(Comparator.comparingDouble(RunOutcome::lostFraction).reversed())
            .thenComparing(o -> o.run().name());

    public static final String SWEEP_JSON = "sweep.json";

    public SweepResults {
        Objects.requireNonNull(sweep, "sweep");
        runs = runs.stream().sorted(WORST_FIRST).toList();
        parameterNames = List.copyOf(parameterNames);
        pops = List.copyOf(pops);
    }

    /** The results of {@code outcomes}, given in run order (which fixes the order of the columns). */
    public static SweepResults of(Sweep sweep, long seed, List<RunOutcome> outcomes) {
        Set<String> parameters = new LinkedHashSet<>();
        Set<String> pops = new LinkedHashSet<>();
        for (RunOutcome o : outcomes) {
            parameters.addAll(o.run().parameters().keySet());
            pops.addAll(o.popUtilisation().keySet());
        }
        return new SweepResults(sweep, seed, outcomes, new ArrayList<>(parameters), new ArrayList<>(pops));
    }

    public boolean allPassed() {
        return runs.stream().allMatch(RunOutcome::passed);
    }

    public long passedCount() {
        return runs.stream().filter(RunOutcome::passed).count();
    }

    /** The table of {@code sweep.csv}, in the report module's terms. */
    public SweepTable table() {
        List<SweepRow> rows = runs.stream().map(RunOutcome::row).toList();
        return new SweepTable(parameterNames, pops, rows);
    }

    /** Writes {@code sweep.csv} and {@code sweep.json} into {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        SweepCsvWriter.write(table(), dir.resolve(OutputFormat.SWEEP));
        SweepJsonWriter.write(this, dir.resolve(SWEEP_JSON));
    }
}
