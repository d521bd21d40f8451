package org.anycastsim.scenarios.scenario.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anycastsim.scenarios.scenario.source.Suggestions;

/**
 * Parsers for the quantities of a scenario file, each to one resolved unit: durations to
 * nanoseconds, request rates to requests per second, bandwidth to bits per second, fractions to
 * a plain number, distances to kilometres. Distributions are in {@link DistributionParser}.
 *
 * <p>Every quantity must say its unit (a bare {@code 30} could be seconds or milliseconds and a
 * wrong guess is silent), except the duration {@code 0} and fractions, which have none. Signs are
 * not part of the grammar: no quantity of the format can be negative, and a clear "cannot be
 * negative" beats a silent run with a negative delay. Parsing is exact: {@code 1.5s} is
 * 1,500,000,000 ns, not a rounded double.
 */
public final class Units {

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?|\\.\\d+)";

    private static final Pattern DURATION = Pattern.compile(NUMBER + "\\s*(ns|us|µs|ms|s|m|h)");
    private static final Pattern RATE = Pattern.compile(NUMBER + "\\s*([kKMG]?)\\s*rps");
    private static final Pattern BANDWIDTH = Pattern.compile(NUMBER + "\\s*(?:([kKMGT])(?:bps)?|bps)");
    private static final Pattern PERCENT = Pattern.compile(NUMBER + "\\s*%");
    private static final Pattern PLAIN = Pattern.compile(NUMBER);
    private static final Pattern DISTANCE = Pattern.compile(NUMBER + "\\s*(km|m)");
    /** A number followed by something that is not a known unit, for "did you mean". */
    private static final Pattern NUMBER_AND_WORD = Pattern.compile(NUMBER + "\\s*(.+)");

    static final String DURATION_EXAMPLES = "write e.g. 30s, 250ms, 2m";
    private static final String RATE_EXAMPLES = "write e.g. 1.5M rps, 200k rps, 900 rps";
    private static final String BANDWIDTH_EXAMPLES = "write e.g. 10Gbps, 100 Mbps, 40G";
    private static final String FRACTION_EXAMPLES = "write e.g. 0.01 or 1%";
    private static final String DISTANCE_EXAMPLES = "write e.g. 1000km";

    private static final Map<String, Long> NANOS_PER = Map.of(
            "ns", 1L, "us", 1_000L, "µs", 1_000L, "ms", 1_000_000L,
            "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    /** How people often write the units, and what the format wants instead. */
    private static final Map<String, String> DURATION_SPELLINGS = Map.ofEntries(
            Map.entry("sec", "s"), Map.entry("secs", "s"), Map.entry("second", "s"), Map.entry("seconds", "s"),
            Map.entry("S", "s"), Map.entry("msec", "ms"), Map.entry("msecs", "ms"), Map.entry("millis", "ms"),
            Map.entry("MS", "ms"), Map.entry("min", "m"), Map.entry("mins", "m"), Map.entry("minute", "m"),
            Map.entry("minutes", "m"), Map.entry("hr", "h"), Map.entry("hrs", "h"), Map.entry("hour", "h"),
            Map.entry("hours", "h"), Map.entry("usec", "us"), Map.entry("nsec", "ns"));

    private static final Map<String, Long> SI = Map.of("", 1L, "k", 1_000L, "K", 1_000L, "M", 1_000_000L,
            "G", 1_000_000_000L, "T", 1_000_000_000_000L);

    private Units() {}

    /** A duration such as {@code 30s}, {@code 250ms}, {@code 1.5s}, {@code 2m}, {@code 1h}, {@code 100us} or {@code 0}, in nanoseconds. */
    public static long duration(String text) {
        String t = text.strip();
        refuseSign(t, text, "a duration", DURATION_EXAMPLES);
        if (t.equals("0")) {
            return 0;
        }
        Matcher m = DURATION.matcher(t);
        if (m.matches()) {
            BigDecimal nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(NANOS_PER.get(m.group(2))));
            return toLong(nanos, text, "duration");
        }
        if (PLAIN.matcher(t).matches()) {
            throw new UnitException("'" + text + "' has no unit; " + DURATION_EXAMPLES);
        }
        throw new UnitException("'" + text + "' is not a duration; " + DURATION_EXAMPLES
                + respell(t, DURATION_SPELLINGS, List.copyOf(NANOS_PER.keySet())));
    }

    /** A request rate such as {@code 1.5M rps}, {@code 200k rps} or {@code 900 rps}, in requests per second. */
    public static double rate(String text) {
        String t = text.strip();
        refuseSign(t, text, "a request rate", RATE_EXAMPLES);
        Matcher m = RATE.matcher(t);
        if (m.matches()) {
            return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(SI.get(m.group(2)))).doubleValue();
        }
        if (PLAIN.matcher(t).matches()) {
            throw new UnitException("'" + text + "' has no unit; " + RATE_EXAMPLES);
        }
        String hint = t.matches(".*\\d\\s*m\\s*rps") ? " ('m' would be milli: write M for millions)" : "";
        throw new UnitException("'" + text + "' is not a request rate; " + RATE_EXAMPLES + hint);
    }

    /** A bandwidth such as {@code 10Gbps}, {@code 100 Mbps} or {@code 40G}, in bits per second. */
    public static long bandwidth(String text) {
        String t = text.strip();
        refuseSign(t, text, "a bandwidth", BANDWIDTH_EXAMPLES);
        Matcher m = BANDWIDTH.matcher(t);
        if (m.matches()) {
            String prefix = m.group(2) == null ? "" : m.group(2);
            return toLong(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(SI.get(prefix))), text, "bandwidth");
        }
        if (PLAIN.matcher(t).matches()) {
            throw new UnitException("'" + text + "' has no unit; " + BANDWIDTH_EXAMPLES);
        }
        String hint = t.matches(".*[kKMGT]?B(ps|/s)?") ? " (bandwidth is in bits per second, not bytes)" : "";
        throw new UnitException("'" + text + "' is not a bandwidth; " + BANDWIDTH_EXAMPLES + hint);
    }

    /** A fraction written {@code 0.01} or {@code 1%}; range checks are the validator's. */
    public static double fraction(String text) {
        String t = text.strip();
        refuseSign(t, text, "a fraction", FRACTION_EXAMPLES);
        Matcher m = PERCENT.matcher(t);
        if (m.matches()) {
            return new BigDecimal(m.group(1)).movePointLeft(2).doubleValue();
        }
        if (PLAIN.matcher(t).matches()) {
            return Double.parseDouble(t);
        }
        throw new UnitException("'" + text + "' is not a fraction; " + FRACTION_EXAMPLES);
    }

    /** A distance such as {@code 1000km} or {@code 500m}, in kilometres. */
    public static double distanceKm(String text) {
        String t = text.strip();
        refuseSign(t, text, "a distance", DISTANCE_EXAMPLES);
        Matcher m = DISTANCE.matcher(t);
        if (m.matches()) {
            BigDecimal value = new BigDecimal(m.group(1));
            return (m.group(2).equals("km") ? value : value.movePointLeft(3)).doubleValue();
        }
        if (PLAIN.matcher(t).matches()) {
            throw new UnitException("'" + text + "' has no unit; " + DISTANCE_EXAMPLES);
        }
        throw new UnitException("'" + text + "' is not a distance; " + DISTANCE_EXAMPLES);
    }

    private static void refuseSign(String t, String text, String what, String examples) {
        if (t.startsWith("-")) {
            throw new UnitException("'" + text + "' is negative; " + what + " cannot be negative");
        }
        if (t.startsWith("+")) {
            throw new UnitException("'" + text + "': leave out the '+'; " + examples);
        }
    }

    private static long toLong(BigDecimal value, String text, String what) {
        BigDecimal rounded = value.setScale(0, RoundingMode.HALF_UP);
        if (rounded.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
            throw new UnitException("'" + text + "' is too large for a " + what);
        }
        return rounded.longValueExact();
    }

    /** {@code " (did you mean '30s'?)"} for {@code 30 sec}, or nothing when there is no likely fix. */
    private static String respell(String t, Map<String, String> spellings, List<String> units) {
        Matcher m = NUMBER_AND_WORD.matcher(t);
        if (!m.matches()) {
            return "";
        }
        String word = m.group(2).strip();
        String unit = spellings.get(word);
        if (unit == null) {
            unit = spellings.get(word.toLowerCase(java.util.Locale.ROOT));
        }
        if (unit == null && word.length() > 1) {
            unit = Suggestions.closest(word, units).orElse(null);
        }
        return unit == null ? "" : " (did you mean '" + m.group(1) + unit + "'?)";
    }
}
