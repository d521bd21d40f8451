package org.anycastsim.scenarios.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which eyeball networks the world has, from country_demand_2013.csv: one per country with at
 * least {@code aggregationThresholdUsers} Internet users (USA, Canada, Russia and China split
 * into regions when {@code splitLargeCountries}), and one per UN sub-region for the smaller countries
 * (a single small country of a sub-region stays itself). Taiwan, missing from the World Bank
 * series, gets {@code taiwanUsers}. A merged network sits at its largest member's centroid, a
 * point on land, where a weighted mean of centroids could fall in the sea.
 *
 * <p>Order (which fixes AS numbers and client blocks): countries in file order (by ISO3), then the
 * merged sub-regions by name. The users of every network add up to the data's total, plus
 * Taiwan: splits apportion a country's users by the largest-remainder method.
 */
final class EyeballPlan {
    private EyeballPlan() {}

    static List<EyeballSpec> plan(WorldData data, Cloudflare2013Options o) {
        List<EyeballSpec> out = new ArrayList<>();
        Map<String, List<CountryDemand>> small = new TreeMap<>();
        for (CountryDemand c : data.countries()) {
            CountryDemand country = c.iso3().equals("TWN") && c.users() == 0 ? withUsers(c, o.taiwanUsers()) : c;
            if (country.users() == 0) {
                continue;
            }
            if (country.users() >= o.aggregationThresholdUsers()) {
                out.addAll(forCountry(country, data, o.splitLargeCountries()));
            } else {
                small.computeIfAbsent(country.subregion(), k -> new ArrayList<>()).add(country);
            }
        }
        small.forEach((subregion, members) ->
                out.add(members.size() == 1 ? whole(members.get(0)) : merged(subregion, members)));
        return out;
    }

    private static List<EyeballSpec> forCountry(CountryDemand c, WorldData data, boolean split) {
        List<EyeballSplit> parts = !split ? List.of()
                : data.splits().stream().filter(s -> s.iso3().equals(c.iso3())).toList();
        if (parts.isEmpty()) {
            return List.of(whole(c));
        }
        long[] users = apportion(c.users(), parts.stream().mapToLong(EyeballSplit::populationThousands).toArray());
        List<EyeballSpec> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            EyeballSplit s = parts.get(i);
            if (users[i] > 0) {
                out.add(new EyeballSpec(code(c) + "-" + s.code(), c.name() + " " + s.name(), code(c), c.continent(),
                        s.location(), users[i], List.of(c.iso3())));
            }
        }
        return out;
    }

    private static EyeballSpec whole(CountryDemand c) {
        return new EyeballSpec(code(c), c.name(), code(c), c.continent(), c.location(), c.users(), List.of(c.iso3()));
    }

    private static EyeballSpec merged(String subregion, List<CountryDemand> members) {
        CountryDemand largest = members.get(0);
        long users = 0;
        for (CountryDemand m : members) {
            users += m.users();
            if (m.users() > largest.users()) {
                largest = m;
            }
        }
        String code = subregion.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return new EyeballSpec(code, subregion + " (" + members.size() + " countries)", code, largest.continent(),
                largest.location(), users, members.stream().map(CountryDemand::iso3).toList());
    }

    /** Splits {@code total} in proportion to {@code weights}; the parts add up to {@code total} exactly. */
    static long[] apportion(long total, long[] weights) {
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        long[] out = new long[weights.length];
        double[] remainder = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) total * weights[i] / sum;
            out[i] = (long) Math.floor(exact);
            remainder[i] = exact - out[i];
            given += out[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            out[best]++;
            remainder[best] = -1;
        }
        return out;
    }

    private static String code(CountryDemand c) {
        return c.iso2().isBlank() ? c.iso3() : c.iso2();
    }

    private static CountryDemand withUsers(CountryDemand c, long users) {
        return new CountryDemand(c.iso3(), c.iso2(), c.name(), c.continent(), c.subregion(), c.location(), users);
    }
}
