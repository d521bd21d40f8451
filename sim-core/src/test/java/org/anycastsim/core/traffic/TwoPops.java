package org.anycastsim.core.traffic;

import org.anycastsim.core.forward.HashThreshold;
import org.anycastsim.core.forward.HashingScheme;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Router;

/**
 * Two PoPs on two continents: GB and DE (region EU) behind transit router T-EU, next to LHR (4
 * servers); JP (region AS) behind T-AS, next to NRT (2 servers); T-EU - T-AS is 60 ms. Client
 * weights GB 1, DE 1, JP 2. FIBs: clients -> their transit router -> their PoP -> its servers.
 */
public final class TwoPops {
    public static final long CLIENT_DELAY = 1_000_000;
    public static final long POP_DELAY = 1_000_000;
    public static final long OCEAN_DELAY = 60_000_000;

    public final World w = new World();
    public final ClientNetwork gb = w.client("GB", "EU", new GeoPoint(51.5, -0.1), 1);
    public final ClientNetwork de = w.client("DE", "EU", new GeoPoint(50.1, 8.7), 1);
    public final ClientNetwork jp = w.client("JP", "AS", new GeoPoint(35.7, 139.7), 2);
    public final Router teu = w.transitRouter("T-EU", new GeoPoint(51.5, 0));
    public final Router tas = w.transitRouter("T-AS", new GeoPoint(35.7, 139.7));
    public final World.Pop lhr = w.pop("LHR", new GeoPoint(51.5, -0.4), 4);
    public final World.Pop nrt = w.pop("NRT", new GeoPoint(35.8, 140.4), 2);

    public TwoPops() {
        this(new HashThreshold(), 1);
    }

    public TwoPops(HashingScheme scheme, long seed) {
        w.link(gb, teu, CLIENT_DELAY);
        w.link(de, teu, 2 * CLIENT_DELAY);
        w.link(jp, tas, CLIENT_DELAY);
        w.link(teu, tas, OCEAN_DELAY);
        w.link(teu, lhr.router(), POP_DELAY);
        w.link(tas, nrt.router(), POP_DELAY);
        w.build(scheme, seed);
        w.route(gb, teu);
        w.route(de, teu);
        w.route(jp, tas);
        w.route(teu, lhr.router());
        w.route(tas, nrt.router());
        w.serveLocally(lhr);
        w.serveLocally(nrt);
    }
}
