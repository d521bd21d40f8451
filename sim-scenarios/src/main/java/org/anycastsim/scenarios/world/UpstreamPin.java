package org.anycastsim.scenarios.world;

/**
 * An eyeball network's upstream fixed by data or options instead of by proximity.
 *
 * @param asn   the transit network it buys from
 * @param metro where it connects (a metro code of metros_2013.csv at which that network has a
 *              router), or null: at that network's router nearest to the eyeball network
 */
public record UpstreamPin(int asn, String metro) {

    /** Parses {@code 1239} or {@code 1239@HKG}. */
    static UpstreamPin parse(String text) {
        int at = text.indexOf('@');
        return at < 0 ? new UpstreamPin(Integer.parseInt(text), null)
                : new UpstreamPin(Integer.parseInt(text.substring(0, at)), text.substring(at + 1));
    }

    @Override
    public String toString() {
        return "AS" + asn + (metro == null ? "" : " at " + metro);
    }
}
