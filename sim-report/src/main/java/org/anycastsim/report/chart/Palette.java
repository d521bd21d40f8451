package org.anycastsim.report.chart;

import org.anycastsim.report.data.NaturalOrder;

import java.awt.Color;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Colours that mean the same thing in every chart of a report: one per PoP (so SJC's band
 * in the traffic chart and SJC's dots on the catchment map match), and fixed colours for
 * the failure markers.
 */
public final class Palette {

    /** Tableau's 20 categories and four darker ones: 24 distinguishable colours, enough for the 23 PoPs of 2013. */
    private static final int[] CATEGORIES = {
        0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF,
        0xAEC7E8, 0xFFBB78, 0x98DF8A, 0xFF9896, 0xC5B0D5, 0xC49C94, 0xF7B6D2, 0xC7C7C7, 0xDBDB8D, 0x9EDAE5,
        0x393B79, 0x637939, 0x8C6D31, 0x843C39,
    };

    public static final Color FAILURE = new Color(0x111111);
    public static final Color DETECTION = new Color(0xD95F02);
    public static final Color WITHDRAWN = new Color(0x7570B3);
    public static final Color CONVERGED = new Color(0x1B7837);
    public static final Color NO_POP = new Color(0x999999);
    public static final Color PASSED = new Color(0x1B7837);
    public static final Color FAILED = new Color(0xB2182B);
    public static final Color GRID = new Color(0xDDDDDD);

    private final Map<String, Color> byPop = new HashMap<>();

    /** Colours assigned in the natural order of the codes: the same PoP set always gets the same colours. */
    public Palette(Collection<String> pops) {
        TreeSet<String> sorted = new TreeSet<>(NaturalOrder.INSTANCE);
        sorted.addAll(pops);
        int i = 0;
        for (String pop : sorted) {
            byPop.put(pop, category(i++));
        }
    }

    /** The colour of a PoP; a PoP the palette was not built with gets a stable colour from its name. */
    public Color pop(String code) {
        Color colour = byPop.get(code);
        return colour != null ? colour : category(Math.floorMod(code.hashCode(), CATEGORIES.length));
    }

    /** The i-th categorical colour, for series without a fixed meaning (servers, drills). */
    public static Color category(int i) {
        return new Color(CATEGORIES[Math.floorMod(i, CATEGORIES.length)]);
    }
}
