package org.anycastsim.scenarios.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code anycast-sim} command line: one picocli command with a subcommand per job. */
@Command(
        name = "anycast-sim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Discrete-event simulator of load balancing without load balancers: anycast across "
                + "the WAN and inside each PoP, BGP, ECMP hashing, and failure drills.",
        subcommands = {DrillCommand.class, RunCommand.class, SweepCommand.class, ReportCommand.class,
            ValidateCommand.class, ListCommand.class, TracerouteCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class AnycastSim implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AnycastSim());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
