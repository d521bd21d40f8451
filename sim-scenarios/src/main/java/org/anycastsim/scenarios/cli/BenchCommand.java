package org.anycastsim.scenarios.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code anycast-sim bench ...}: performance figures of the hot paths. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure the simulator's hot paths (never run inside unit tests).",
        subcommands = {BenchKernelCommand.class, BenchForwardCommand.class, BenchBgpCommand.class,
            BenchTrafficCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
