package org.anycastsim.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.anycastsim.scenarios.input.InputException;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.ScenarioException;
import org.anycastsim.scenarios.scenario.load.ScenarioLoader;
import org.anycastsim.scenarios.scenario.validate.ScenarioValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code anycast-sim validate FILE...}: checks scenario files without running them. Each file is
 * checked fully, the next one too even if one is broken, and every problem is printed on its own
 * line in the compiler format editors understand.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check scenario files (YAML or JSON) without running them: fields, types and units, then the "
                    + "values and every name they refer to (nodes, PoPs, prefixes, services, attacks, events), "
                    + "against the built-in world or the network the file declares.",
            "Prints 'FILE: ok (N actions, M expectations)' for a good file, or each problem as "
                    + "'file:line:column: field 'path': message', sorted by line. Exit status: 0 when every file "
                    + "is valid, 2 otherwise."
        },
        footer = {
            "",
            "Examples:",
            "  anycast-sim validate drill.yaml",
            "  anycast-sim validate examples/drills/*.yaml",
            "  anycast-sim validate scenario.json",
            "",
            "The format: docs/SCENARIO-FORMAT.md. Editors can check files as you type",
            "with the JSON Schema docs/scenario.schema.json; for VS Code's YAML",
            "extension put '# yaml-language-server: $schema=PATH' on the first line."
        })
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files to check.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        for (Path file : files) {
            try {
                SweepFiles.refuseSweep(file, "validate");
                Scenario scenario = ScenarioLoader.load(file);
                List<InputException> problems = ScenarioValidator.validate(scenario);
                if (problems.isEmpty()) {
                    out.println(file + ": ok (" + count(scenario.timeline().size(), "action") + ", "
                            + count(scenario.expectations().size(), "expectation") + ")");
                } else {
                    problems.forEach(p -> err.println(p.getMessage()));
                    allValid = false;
                }
            } catch (ScenarioException e) {
                e.problems().forEach(p -> err.println(p.getMessage()));
                allValid = false;
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                allValid = false;
            }
        }
        out.flush();
        err.flush();
        return allValid ? 0 : ErrorHandler.EXIT_BAD_INPUT;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
