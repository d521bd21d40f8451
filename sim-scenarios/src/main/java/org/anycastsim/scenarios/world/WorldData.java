package org.anycastsim.scenarios.world;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.scenarios.importer.AsRelationships;
import org.anycastsim.scenarios.importer.CaidaAsRelImporter;
import org.anycastsim.scenarios.input.InputException;

/**
 * The bundled facts the cloudflare-2013 world is built from, read once and shared (all values
 * are immutable). The public data (PoPs, country demand) is in {@code ../data/}, with its
 * licences in DATA-SOURCES.md; the project's own files, each with a header saying where its facts
 * come from, are next to this class.
 */
public final class WorldData {
    private static final String DATA = "/org/anycastsim/scenarios/data/";

    private final Map<String, String> continentOfCountry;
    private final Map<String, Metro> metros;
    private final List<TransitAsSpec> transitAses;
    private final AsRelationships relationships;
    private final List<PopSite> knownPops;
    private final List<PopSite> popCandidates;
    private final Map<String, SizeClass> popSizes;
    private final List<CountryDemand> countries;
    private final List<EyeballSplit> splits;
    private final Map<String, List<UpstreamPin>> dataUpstreams;

    private WorldData() {
        List<Csv.Row> countryRows = Csv.resource(DATA + "country_demand_2013.csv");
        Map<String, String> continents = new HashMap<>();
        List<CountryDemand> all = new ArrayList<>();
        for (Csv.Row r : countryRows) {
            if (!r.isBlank("iso2")) {
                continents.put(r.text("iso2"), r.text("continent"));
            }
            // ATA, ESH, PLW, TWN, VAT and XKX have no user figure: they count as 0 users here.
            long users = r.isBlank("internet_users") ? 0 : r.whole("internet_users");
            all.add(new CountryDemand(r.text("iso3"), r.text("iso2"), r.text("country"), r.text("continent"),
                    r.text("un_subregion"), point(r), users));
        }
        continentOfCountry = Map.copyOf(continents);
        countries = List.copyOf(all);
        metros = readMetros();
        transitAses = readTransitAses();
        relationships = readRelationships("as_relationships_2013.txt");
        knownPops = readPops(DATA + "cloudflare_pops_2013.csv");
        popCandidates = readPops("cloudflare_pop_candidates_2013.csv");
        popSizes = readSizes();
        splits = Csv.resource("eyeball_splits.csv").stream()
                .map(r -> new EyeballSplit(r.text("iso3"), r.text("code"), r.text("name"), r.whole("population"),
                        point(r), r.text("members")))
                .toList();
        Map<String, List<UpstreamPin>> upstreams = new LinkedHashMap<>();
        for (Csv.Row r : Csv.resource("eyeball_upstreams_2013.csv")) {
            List<UpstreamPin> pins = Arrays.stream(r.text("asns").strip().split("\\s+"))
                    .map(UpstreamPin::parse).toList();
            for (UpstreamPin pin : pins) {
                if (pin.metro() != null && !metros.containsKey(pin.metro())) {
                    throw new IllegalStateException("eyeball_upstreams_2013.csv:" + r.line() + ": unknown metro "
                            + pin.metro());
                }
            }
            upstreams.put(r.text("eyeball"), pins);
        }
        dataUpstreams = Collections.unmodifiableMap(upstreams);
    }

    private static final class Holder {
        static final WorldData INSTANCE = new WorldData();
    }

    /** The bundled data (read on first use). */
    public static WorldData get() {
        return Holder.INSTANCE;
    }

    /** Metros by code, in file order. */
    public Map<String, Metro> metros() {
        return metros;
    }

    public List<TransitAsSpec> transitAses() {
        return transitAses;
    }

    /** The 2013 business relationships among the world's ASes (from CAIDA, hand-selected). */
    public AsRelationships relationships() {
        return relationships;
    }

    /** The 21 identified sites, in file order. */
    public List<PopSite> knownPops() {
        return knownPops;
    }

    /** Candidates for the two unidentified sites (MAD, MXP, ICN, KIX). */
    public List<PopSite> popCandidates() {
        return popCandidates;
    }

    /** Default size class of every known site and candidate. */
    public Map<String, SizeClass> popSizes() {
        return popSizes;
    }

    /** Every row of country_demand_2013.csv, in file order (by ISO3); users 0 where the data has no figure. */
    public List<CountryDemand> countries() {
        return countries;
    }

    public List<EyeballSplit> splits() {
        return splits;
    }

    /** Eyeball code -> the transit ASes it buys from according to data (eyeball_upstreams_2013.csv). */
    public Map<String, List<UpstreamPin>> dataUpstreams() {
        return dataUpstreams;
    }

    /** The continent code of a country (ISO alpha-2), or null if the data does not know it. */
    public String continentOf(String iso2) {
        return continentOfCountry.get(iso2);
    }

    private Map<String, Metro> readMetros() {
        Map<String, Metro> out = new LinkedHashMap<>();
        for (Csv.Row r : Csv.resource("metros_2013.csv")) {
            String country = r.text("country");
            String continent = r.text("continent");
            String known = continentOfCountry.get(country);
            if (known != null && !known.equals(continent)) {
                throw new IllegalStateException("metros_2013.csv:" + r.line() + ": " + country + " is in " + known
                        + " in country_demand_2013.csv, not " + continent);
            }
            Metro m = new Metro(r.text("code"), r.text("city"), country, continent, point(r));
            if (out.put(m.code(), m) != null) {
                throw new IllegalStateException("metros_2013.csv:" + r.line() + ": metro " + m.code() + " twice");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private List<TransitAsSpec> readTransitAses() {
        List<TransitAsSpec> out = new ArrayList<>();
        for (Csv.Row r : Csv.resource("transit_ases_2013.csv")) {
            List<String> codes = Arrays.asList(r.text("metros").strip().split("\\s+"));
            for (String code : codes) {
                if (!metros.containsKey(code)) {
                    throw new IllegalStateException("transit_ases_2013.csv:" + r.line() + ": unknown metro " + code);
                }
            }
            out.add(new TransitAsSpec(Math.toIntExact(r.whole("asn")), r.text("name"), AsRole.valueOf(r.text("role")),
                    codes));
        }
        return List.copyOf(out);
    }

    private static AsRelationships readRelationships(String name) {
        try (InputStream in = WorldData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + name);
            }
            return CaidaAsRelImporter.read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static List<PopSite> readPops(String name) {
        return Csv.resource(name).stream()
                .map(r -> new PopSite(r.text("pop"), r.text("city"), r.text("country"), r.text("region"), point(r)))
                .toList();
    }

    private static Map<String, SizeClass> readSizes() {
        Map<String, SizeClass> out = new HashMap<>();
        for (Csv.Row r : Csv.resource("cloudflare_pop_sizes_2013.csv")) {
            out.put(r.text("pop"), SizeClass.valueOf(r.text("size_class")));
        }
        return Map.copyOf(out);
    }

    private static GeoPoint point(Csv.Row r) {
        return new GeoPoint(r.number("lat"), r.number("lon"));
    }
}
