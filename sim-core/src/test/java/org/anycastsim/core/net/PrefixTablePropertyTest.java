package org.anycastsim.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Compares {@link PrefixTable#lookup} with a brute-force scan over the same routes. */
class PrefixTablePropertyTest {

    /**
     * Prefixes drawn from a few short "parents" so that they overlap often, with lengths
     * across the whole 0..32 range.
     */
    @Provide
    Arbitrary<Prefix> prefixes() {
        Arbitrary<Integer> parents = Arbitraries.of(0x0A000000, 0xC0A80000, 0xFFFFFF00, 0x00000000, 0xC629D600);
        Arbitrary<Integer> noise = Arbitraries.integers().between(Integer.MIN_VALUE, Integer.MAX_VALUE);
        Arbitrary<Integer> lengths = Arbitraries.integers().between(0, 32);
        return Combinators.combine(parents, noise, lengths, Arbitraries.integers().between(0, 3))
                .as((parent, bits, length, kind) -> {
                    // kind 0: fully random address; otherwise keep the parent's top 16-24 bits.
                    int keep = kind == 0 ? 0 : 8 * (kind + 1);
                    int mask = Ipv4.mask(keep);
                    return new Prefix((parent & mask) | (bits & ~mask), length);
                });
    }

    @Provide
    Arbitrary<Integer> addresses() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(Integer.MIN_VALUE, Integer.MAX_VALUE),
                prefixes().map(p -> p.address() | (p.length() == 32 ? 0 : 1)),
                prefixes().map(Prefix::address),
                Arbitraries.of(0, -1));
    }

    @Property(tries = 300)
    void lookupAgreesWithALinearScan(
            @ForAll("routes") List<Prefix> routes,
            @ForAll("removals") List<Integer> removalPicks,
            @ForAll @Size(min = 1, max = 50) List<@From("addresses") Integer> probes) {
        PrefixTable<Prefix> table = new PrefixTable<>();
        Map<Prefix, Prefix> reference = new TreeMap<>();
        for (Prefix route : routes) {
            table.put(route, route);
            reference.put(route, route);
        }
        if (!routes.isEmpty()) {
            for (int pick : removalPicks) {
                Prefix victim = routes.get(Math.floorMod(pick, routes.size()));
                assertThat(table.remove(victim)).isEqualTo(reference.remove(victim));
            }
        }

        assertThat(table.size()).isEqualTo(reference.size());
        for (int probe : probes) {
            assertThat(table.lookup(probe)).as("lookup %s", Ipv4.format(probe))
                    .isEqualTo(bruteForce(reference, probe));
            assertThat(table.longestMatch(probe)).isEqualTo(bruteForce(reference, probe));
        }
        List<Prefix> iterated = new ArrayList<>();
        table.forEach(e -> iterated.add(e.prefix()));
        assertThat(iterated).containsExactlyElementsOf(reference.keySet());
    }

    @Provide
    Arbitrary<List<Prefix>> routes() {
        return prefixes().list().ofMaxSize(120);
    }

    @Provide
    Arbitrary<List<Integer>> removals() {
        return Arbitraries.integers().list().ofMaxSize(40);
    }

    private static Prefix bruteForce(Map<Prefix, Prefix> routes, int ip) {
        Prefix best = null;
        for (Prefix candidate : routes.keySet()) {
            if (candidate.contains(ip) && (best == null || candidate.length() > best.length())) {
                best = candidate;
            }
        }
        return best;
    }
}
