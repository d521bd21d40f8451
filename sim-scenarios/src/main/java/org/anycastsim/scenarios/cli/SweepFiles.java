package org.anycastsim.scenarios.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Recognises a sweep file given where a scenario is expected, to point the user at the right command. */
final class SweepFiles {
    private static final Pattern SWEEP_KEY = Pattern.compile("(?m)^(nMinus1|random|grid)\\s*:");
    private static final Pattern TOPOLOGY_KEY = Pattern.compile("(?m)^topology\\s*:");

    private SweepFiles() {}

    /** Refuses a scenario file given to sweep, with a hint; sweep files (and unreadable ones) pass. */
    static void refuseScenario(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String text = Files.readString(file);
                if (!SWEEP_KEY.matcher(text).find() && TOPOLOGY_KEY.matcher(text).find()) {
                    throw new IllegalArgumentException(file + " is a scenario file (it has a topology and no nMinus1, "
                            + "random or grid); run it with: anycast-sim run " + file);
                }
            }
        } catch (IOException e) {
            // Unreadable: the loader reports it with its own message.
        }
    }

    /** Refuses a sweep file with a hint; scenario files (and unreadable ones, reported later) pass. */
    static void refuseSweep(Path file, String command) {
        try {
            if (Files.isRegularFile(file) && SWEEP_KEY.matcher(Files.readString(file)).find()) {
                throw new IllegalArgumentException(file + " is a sweep file (it has nMinus1, random or grid); "
                        + command + " takes a scenario. Run it with: anycast-sim sweep " + file);
            }
        } catch (IOException e) {
            // Unreadable: the loader reports it with its own message.
        }
    }
}
