package org.anycastsim.core.metrics;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A catchment snapshot: which PoP each client network reaches (the PoP receiving most of its
 * traffic), with the client's demand — the map of anycast at one instant. {@link #writeCsv}
 * writes {@code catchment-<label>.csv} as docs/OUTPUT-FORMAT.md specifies.
 */
public record Catchment(String label, double timeSeconds, List<Entry> entries) {
    public static final String CSV_HEADER = "client,country,lat,lon,pop,demand_weight";

    public Catchment {
        Objects.requireNonNull(label, "label");
        entries = List.copyOf(entries);
    }

    /**
     * One client network: {@code pop} is null when it reaches no PoP; {@code popShare} is the
     * fraction of its traffic that lands there (1.0 unless ECMP splits it over PoPs);
     * {@code offeredRps} its total rate at the snapshot.
     */
    public record Entry(String client, String country, String region, double latitude, double longitude,
            String pop, double demandWeight, double offeredRps, double popShare) {
        public Entry {
            Objects.requireNonNull(client, "client");
        }
    }

    /** The entry of a client network by name, or null. */
    public Entry entry(String client) {
        for (Entry e : entries) {
            if (e.client().equals(client)) {
                return e;
            }
        }
        return null;
    }

    /** Total demand weight caught by each PoP (PoPs in first-seen order; unreached clients under ""). */
    public Map<String, Double> demandWeightByPop() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            out.merge(e.pop() == null ? "" : e.pop(), e.demandWeight(), Double::sum);
        }
        return out;
    }

    public void writeCsv(Appendable out) throws IOException {
        out.append(CSV_HEADER).append('\n');
        for (Entry e : entries) {
            out.append(csv(e.client())).append(',').append(csv(e.country())).append(',')
                    .append(Double.toString(e.latitude())).append(',').append(Double.toString(e.longitude()))
                    .append(',').append(e.pop() == null ? "" : csv(e.pop())).append(',')
                    .append(Double.toString(e.demandWeight())).append('\n');
        }
    }

    private static String csv(String s) {
        return s.indexOf(',') < 0 && s.indexOf('"') < 0 ? s : '"' + s.replace("\"", "\"\"") + '"';
    }
}
