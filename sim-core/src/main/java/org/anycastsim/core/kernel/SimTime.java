package org.anycastsim.core.kernel;

import java.util.Locale;

/**
 * Simulated time: a {@code long} count of nanoseconds since the start of a run. A long holds
 * about 292 years of nanoseconds, far more than any run; using one primitive keeps the event
 * list free of boxing and floating-point rounding (equal times must compare equal for FIFO ties).
 */
public final class SimTime {
    public static final long NANOS_PER_MICRO = 1_000L;
    public static final long NANOS_PER_MILLI = 1_000_000L;
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    public static final long ZERO = 0L;
    /** A time later than any event; "run forever". */
    public static final long NEVER = Long.MAX_VALUE;

    private SimTime() {}

    public static long micros(long us) {
        return Math.multiplyExact(us, NANOS_PER_MICRO);
    }

    public static long millis(long ms) {
        return Math.multiplyExact(ms, NANOS_PER_MILLI);
    }

    public static long seconds(long s) {
        return Math.multiplyExact(s, NANOS_PER_SECOND);
    }

    /** Fractional milliseconds, rounded to the nearest nanosecond. */
    public static long millis(double ms) {
        return fromDouble(ms * NANOS_PER_MILLI);
    }

    /** Fractional seconds, rounded to the nearest nanosecond. */
    public static long seconds(double s) {
        return fromDouble(s * NANOS_PER_SECOND);
    }

    private static long fromDouble(double nanos) {
        if (Double.isNaN(nanos) || nanos < 0 || nanos >= (double) Long.MAX_VALUE) {
            throw new IllegalArgumentException("not a valid duration: " + nanos + " ns");
        }
        return Math.round(nanos);
    }

    public static double toSeconds(long nanos) {
        return nanos / (double) NANOS_PER_SECOND;
    }

    public static double toMillis(long nanos) {
        return nanos / (double) NANOS_PER_MILLI;
    }

    /** Seconds with millisecond precision, the trace's format: {@code 61.250s}. */
    public static String format(long nanos) {
        if (nanos == NEVER) {
            return "never";
        }
        long millis = Math.floorDiv(nanos, NANOS_PER_MILLI);
        String sign = millis < 0 ? "-" : "";
        long abs = Math.abs(millis);
        return String.format(Locale.ROOT, "%s%d.%03ds", sign, abs / 1000, abs % 1000);
    }

    /** Like {@link #format} but with microseconds, for sub-millisecond detail: {@code 61.250125s}. */
    public static String formatMicros(long nanos) {
        long micros = Math.floorDiv(nanos, NANOS_PER_MICRO);
        String sign = micros < 0 ? "-" : "";
        long abs = Math.abs(micros);
        return String.format(Locale.ROOT, "%s%d.%06ds", sign, abs / 1_000_000, abs % 1_000_000);
    }
}
