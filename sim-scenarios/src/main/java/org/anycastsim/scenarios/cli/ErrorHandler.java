package org.anycastsim.scenarios.cli;

import java.nio.file.FileSystemException;
import org.anycastsim.report.data.ReportInputException;
import org.anycastsim.scenarios.input.InputException;
import org.anycastsim.scenarios.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line on stderr instead of a stack trace. Input problems (bad
 * files, bad values) exit 2, like usage errors; anything else is an internal error (exit 3) and
 * prints its trace only with {@code ANYCAST_SIM_DEBUG=1}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_INTERNAL = 3;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
        var err = cli.getErr();
        if (ex instanceof InputException input) {
            // Already "file:line:col: field 'x': detail", the form editors jump from; nothing to add.
            err.println(input.getMessage());
            return EXIT_BAD_INPUT;
        }
        if (ex instanceof ScenarioException scenario) {
            scenario.problems().forEach(p -> err.println(p.getMessage()));
            return EXIT_BAD_INPUT;
        }
        if (ex instanceof IllegalArgumentException || ex instanceof ReportInputException) {
            // A report's input names its file (and line or field) in the message already.
            err.println("anycast-sim: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        }
        if (ex instanceof FileSystemException fs) {
            // An output folder that cannot be written (a file in the way, no permission, no space).
            err.println("anycast-sim: cannot write " + fs.getFile() + (fs.getReason() == null ? "" : ": " + fs.getReason()));
            return EXIT_BAD_INPUT;
        }
        err.println("anycast-sim: internal error: " + ex);
        if ("1".equals(System.getenv("ANYCAST_SIM_DEBUG"))) {
            ex.printStackTrace(err);
        } else {
            err.println("(set ANYCAST_SIM_DEBUG=1 for the stack trace)");
        }
        return EXIT_INTERNAL;
    }
}
