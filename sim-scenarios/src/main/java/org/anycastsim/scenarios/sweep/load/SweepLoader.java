package org.anycastsim.scenarios.sweep.load;

import java.nio.file.Path;
import java.util.List;
import org.anycastsim.scenarios.input.InputException;
import org.anycastsim.scenarios.scenario.ScenarioException;
import org.anycastsim.scenarios.scenario.load.ScenarioLoader;
import org.anycastsim.scenarios.scenario.source.DocNode;
import org.anycastsim.scenarios.scenario.source.DocumentReader;
import org.anycastsim.scenarios.scenario.source.Problems;
import org.anycastsim.scenarios.sweep.Sweep;

/**
 * Reads a sweep file (YAML, or JSON for {@code .json}) into a {@link Sweep}, with the scenario
 * format's conventions: unknown fields are errors with a "did you mean", and every problem of the
 * file, its base scenario's included, is reported at once with file, line, column and field.
 */
public final class SweepLoader {

    private SweepLoader() {}

    /** Loads {@code file}; a relative {@code base} path is read from the file's folder. */
    public static Sweep load(Path file) throws ScenarioException {
        String source = file.toString();
        return load(source, ScenarioLoader.readText(file), ScenarioLoader.isJson(source),
                file.toAbsolutePath().getParent());
    }

    /**
     * Loads sweep text.
     *
     * @param source  the name for messages
     * @param baseDir the folder a relative {@code base} path (and the inline scenario's imports) resolve against
     */
    public static Sweep load(String source, String text, boolean json, Path baseDir) throws ScenarioException {
        Problems problems = Problems.onePerValue();
        DocNode root;
        try {
            root = DocumentReader.read(source, text, json, problems);
        } catch (InputException e) {
            throw new ScenarioException(List.of(e));
        }
        Sweep sweep = new SweepReader(problems, source, baseDir).read(root);
        if (!problems.isEmpty() || sweep == null) {
            throw new ScenarioException(problems.sorted());
        }
        return sweep;
    }
}
