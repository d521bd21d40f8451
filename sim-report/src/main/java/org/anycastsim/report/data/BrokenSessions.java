package org.anycastsim.report.data;

/** Sampled sessions broken during the run, by {@link BreakCause}. */
public record BrokenSessions(long serverChange, long popChange, long serverDeath) {

    public static final BrokenSessions NONE = new BrokenSessions(0, 0, 0);

    public BrokenSessions {
        if (serverChange < 0 || popChange < 0 || serverDeath < 0) {
            throw new IllegalArgumentException("negative broken-session count");
        }
    }

    public long count(BreakCause cause) {
        return switch (cause) {
            case SERVER_CHANGE -> serverChange;
            case POP_CHANGE -> popChange;
            case SERVER_DEATH -> serverDeath;
        };
    }

    public long total() {
        return serverChange + popChange + serverDeath;
    }
}
