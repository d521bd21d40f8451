package org.anycastsim.core.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Latency distributions of one population of requests: over all of them, per client region and
 * per PoP, each a {@link LatencyHistogram}. Regions and PoPs are fixed at construction and
 * addressed by index on the hot path.
 */
public final class LatencyStats {
    private final LatencyHistogram all = new LatencyHistogram();
    private final List<String> regions;
    private final List<String> pops;
    private final LatencyHistogram[] byRegion;
    private final LatencyHistogram[] byPop;
    private final Map<String, Integer> regionIndex = new HashMap<>();
    private final Map<String, Integer> popIndex = new HashMap<>();

    public LatencyStats(List<String> regions, List<String> pops) {
        this.regions = List.copyOf(regions);
        this.pops = List.copyOf(pops);
        byRegion = new LatencyHistogram[regions.size()];
        byPop = new LatencyHistogram[pops.size()];
        for (int i = 0; i < byRegion.length; i++) {
            byRegion[i] = new LatencyHistogram();
            regionIndex.put(regions.get(i), i);
        }
        for (int i = 0; i < byPop.length; i++) {
            byPop[i] = new LatencyHistogram();
            popIndex.put(pops.get(i), i);
        }
    }

    /** Records a latency; {@code region} or {@code pop} may be -1 (unknown). */
    public void record(double ms, int region, int pop, double weight) {
        all.record(ms, weight);
        if (region >= 0) {
            byRegion[region].record(ms, weight);
        }
        if (pop >= 0) {
            byPop[pop].record(ms, weight);
        }
    }

    public LatencyHistogram all() {
        return all;
    }

    /** The histogram of a region; empty for a region never seen. */
    public LatencyHistogram region(String region) {
        Integer i = regionIndex.get(region);
        return i == null ? new LatencyHistogram() : byRegion[i];
    }

    public LatencyHistogram region(int index) {
        return byRegion[index];
    }

    public LatencyHistogram pop(String pop) {
        Integer i = popIndex.get(pop);
        return i == null ? new LatencyHistogram() : byPop[i];
    }

    public LatencyHistogram pop(int index) {
        return byPop[index];
    }

    public List<String> regions() {
        return regions;
    }

    public List<String> pops() {
        return pops;
    }

    public int regionIndex(String region) {
        return regionIndex.getOrDefault(region, -1);
    }

    public void reset() {
        all.reset();
        for (LatencyHistogram h : byRegion) {
            h.reset();
        }
        for (LatencyHistogram h : byPop) {
            h.reset();
        }
    }

    /** Distinct regions of a list of region names, in first-seen order. */
    public static List<String> distinct(Iterable<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }
}
