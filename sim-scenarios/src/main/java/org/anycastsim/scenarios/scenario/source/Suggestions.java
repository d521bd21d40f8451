package org.anycastsim.scenarios.scenario.source;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for misspelt names: field names, action kinds, node names, units.
 *
 * <p>A candidate is suggested when it equals the wrong word up to case and separators
 * ({@code hold_time} for {@code holdTime}), or is within two edits of it (Damerau's optimal
 * string alignment: a swap of two neighbouring letters counts as one edit, so {@code hlod} is one
 * edit from {@code hold}). Short words get no far-fetched suggestions: the distance must also be
 * smaller than the word's length. Ties go to the earlier candidate, so messages are stable.
 */
public final class Suggestions {

    private static final int MAX_EDITS = 2;

    private Suggestions() {}

    /** The closest candidate to {@code wrong}, if one is close enough to be a likely typo. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String folded = fold(wrong);
        for (String candidate : candidates) {
            if (fold(candidate).equals(folded)) {
                return Optional.of(candidate);
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - wrong.length()) > MAX_EDITS) {
                continue;
            }
            int d = distance(wrong, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= MAX_EDITS && bestDistance < wrong.length() ? Optional.of(best) : Optional.empty();
    }

    /** {@code " (did you mean 'x'?)"} or the empty string, ready to append to a message. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Case and separators do not count: {@code Hold_Time}, {@code hold-time} and {@code holdTime} fold alike. */
    private static String fold(String s) {
        return s.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** Optimal string alignment distance (Levenshtein plus transpositions of neighbours). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
