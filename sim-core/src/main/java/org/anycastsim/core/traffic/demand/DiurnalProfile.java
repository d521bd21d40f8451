package org.anycastsim.core.traffic.demand;

/**
 * Daily variation of demand by each client's local solar time: the rate is multiplied by
 * {@code 1 + amplitude * cos(2 pi (localHour - peakLocalHour) / 24)}, whose mean over a day is 1,
 * so a service's configured rate is its daily mean. Local solar time is UTC plus longitude / 15
 * hours (time zones and daylight saving are ignored: the sun, not the law, drives when people are
 * online). Simulated time 0 is {@code utcHourAtStart} UTC.
 *
 * <p>{@link #OFF} (amplitude 0) is the default: failure drills compare before and after an event,
 * and a demand that drifts with the clock would blur that comparison.
 */
public record DiurnalProfile(double amplitude, double peakLocalHour, double utcHourAtStart) {
    public static final DiurnalProfile OFF = new DiurnalProfile(0.0, 12.0, 0.0);
    private static final double NANOS_PER_HOUR = 3600e9;

    public DiurnalProfile {
        if (!(amplitude >= 0 && amplitude <= 1)) {
            throw new IllegalArgumentException("diurnal amplitude must be in [0, 1]: " + amplitude);
        }
        if (!(peakLocalHour >= 0 && peakLocalHour < 24) || !(utcHourAtStart >= 0 && utcHourAtStart < 24)) {
            throw new IllegalArgumentException("hours must be in [0, 24)");
        }
    }

    /** A profile peaking at {@code peakLocalHour} local time; simulated time 0 is midnight UTC. */
    public static DiurnalProfile of(double amplitude, double peakLocalHour) {
        return new DiurnalProfile(amplitude, peakLocalHour, 0.0);
    }

    public boolean isOff() {
        return amplitude == 0;
    }

    /** Local solar hour in [0, 24) at {@code longitude} (degrees east) at simulated time {@code timeNanos}. */
    public double localHour(double longitude, long timeNanos) {
        double h = utcHourAtStart + timeNanos / NANOS_PER_HOUR + longitude / 15.0;
        double m = h % 24.0;
        return m < 0 ? m + 24.0 : m;
    }

    /** The demand multiplier at that place and time. */
    public double factor(double longitude, long timeNanos) {
        if (amplitude == 0) {
            return 1.0;
        }
        double phase = 2 * Math.PI * (localHour(longitude, timeNanos) - peakLocalHour) / 24.0;
        return 1.0 + amplitude * Math.cos(phase);
    }
}
