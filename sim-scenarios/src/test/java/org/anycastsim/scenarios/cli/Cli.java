package org.anycastsim.scenarios.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the anycast-sim command line in-process for tests, capturing its exit code and output. */
public final class Cli {
    /** What a command did: its exit code, standard output and standard error. */
    public record Result(int exit, String out, String err) {}

    private Cli() {}

    public static Result run(String... args) {
        CommandLine cli = AnycastSim.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
