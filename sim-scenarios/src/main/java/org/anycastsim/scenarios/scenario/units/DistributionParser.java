package org.anycastsim.scenarios.scenario.units;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anycastsim.core.kernel.Distribution;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.scenarios.scenario.source.Suggestions;

/**
 * Random durations: {@code 2s} (a constant), {@code exp(2s)} (exponential with mean 2 s),
 * {@code uniform(60s, 120s)}, {@code lognormal(90s, 0.3)} (median and sigma of the underlying
 * normal) and {@code pareto(1s, 2.5)} (scale and shape). The result is a {@link Distribution} of
 * seconds, the unit {@link Distribution.Sampler#sampleSecondsAsNanos()} expects.
 */
public final class DistributionParser {

    private static final Pattern CALL = Pattern.compile("([A-Za-z]+)\\s*\\((.*)\\)");
    private static final List<String> FUNCTIONS = List.of("exp", "uniform", "lognormal", "pareto");
    private static final String EXAMPLES = "write e.g. 2s, exp(2s), uniform(60s, 120s), lognormal(90s, 0.3), pareto(1s, 2.5)";

    private DistributionParser() {}

    /** Parses a distribution of durations, in seconds. */
    public static Distribution parse(String text) {
        String t = text.strip();
        Matcher call = CALL.matcher(t);
        if (!call.matches()) {
            if (t.matches("[A-Za-z]+\\s*\\(.*")) {
                // In a YAML flow mapping {a: uniform(1s, 2s)} the comma ends the value, leaving "uniform(1s".
                throw new UnitException("'" + text + "' has no closing ')'; inside {...} a comma ends a YAML value: "
                        + "quote the distribution (\"uniform(60s, 120s)\") or write the mapping in block style");
            }
            try {
                return new Distribution.Constant(seconds(Units.duration(t)));
            } catch (UnitException e) {
                if (t.matches("[\\d.].*")) {
                    throw e; // a mistyped constant: the duration's message says how to write it
                }
                throw new UnitException("'" + text + "' is not a distribution; " + EXAMPLES);
            }
        }
        String function = call.group(1);
        List<String> args = arguments(call.group(2));
        try {
            return switch (function) {
                case "exp" -> {
                    arity(text, function, args, 1, "exp(mean)");
                    yield new Distribution.Exponential(duration(text, args.get(0), "mean"));
                }
                case "uniform" -> {
                    arity(text, function, args, 2, "uniform(min, max)");
                    yield new Distribution.Uniform(duration(text, args.get(0), "min"), duration(text, args.get(1), "max"));
                }
                case "lognormal" -> {
                    arity(text, function, args, 2, "lognormal(median, sigma)");
                    yield new Distribution.LogNormal(duration(text, args.get(0), "median"), number(text, args.get(1), "sigma"));
                }
                case "pareto" -> {
                    arity(text, function, args, 2, "pareto(scale, shape)");
                    yield new Distribution.Pareto(duration(text, args.get(0), "scale"), number(text, args.get(1), "shape"));
                }
                default -> throw new UnitException("'" + function + "' is not a distribution"
                        + Suggestions.didYouMean(function, FUNCTIONS) + "; " + EXAMPLES);
            };
        } catch (UnitException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // The distribution's own check, e.g. "uniform needs max > min".
            throw new UnitException("'" + text + "': " + e.getMessage());
        }
    }

    private static List<String> arguments(String inside) {
        return inside.isBlank() ? List.of() : List.of(inside.split(",", -1)).stream().map(String::strip).toList();
    }

    private static void arity(String text, String function, List<String> args, int n, String signature) {
        if (args.size() != n) {
            throw new UnitException("'" + text + "': " + function + " takes " + n + (n == 1 ? " argument" : " arguments")
                    + ", " + signature);
        }
    }

    private static double duration(String text, String arg, String role) {
        try {
            return seconds(Units.duration(arg));
        } catch (UnitException e) {
            throw new UnitException("'" + text + "': the " + role + " '" + arg + "' is not a duration; "
                    + Units.DURATION_EXAMPLES);
        }
    }

    private static double number(String text, String arg, String role) {
        if (!arg.matches("\\d+(\\.\\d+)?|\\.\\d+")) {
            throw new UnitException("'" + text + "': the " + role + " '" + arg + "' must be a plain positive number");
        }
        return Double.parseDouble(arg);
    }

    private static double seconds(long nanos) {
        return SimTime.toSeconds(nanos);
    }
}
