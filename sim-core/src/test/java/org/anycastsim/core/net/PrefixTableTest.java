package org.anycastsim.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixTableTest {

    private static Prefix p(String text) {
        return Prefix.parse(text);
    }

    private static int ip(String text) {
        return Ipv4.parse(text);
    }

    @Test
    void emptyTableMatchesNothing() {
        PrefixTable<String> table = new PrefixTable<>();
        assertThat(table.lookup(ip("10.0.0.1"))).isNull();
        assertThat(table.longestMatch(ip("10.0.0.1"))).isNull();
        assertThat(table.size()).isZero();
        assertThat(table.isEmpty()).isTrue();
    }

    @Test
    void defaultRouteMatchesEveryAddressIncludingTheEdges() {
        PrefixTable<String> table = new PrefixTable<>();
        table.put(p("0.0.0.0/0"), "default");
        assertThat(table.lookup(ip("0.0.0.0"))).isEqualTo("default");
        assertThat(table.lookup(ip("255.255.255.255"))).isEqualTo("default");
        assertThat(table.lookup(ip("198.41.214.1"))).isEqualTo("default");
        assertThat(table.longestMatch(ip("8.8.8.8"))).isEqualTo(p("0.0.0.0/0"));
    }

    @Test
    void overlappingPrefixesResolveToTheLongest() {
        PrefixTable<String> table = new PrefixTable<>();
        table.put(p("0.0.0.0/0"), "default");
        table.put(p("10.0.0.0/8"), "/8");
        table.put(p("10.1.0.0/16"), "/16");
        table.put(p("10.1.2.0/24"), "/24");
        table.put(p("10.1.2.3/32"), "/32");

        assertThat(table.lookup(ip("10.1.2.3"))).isEqualTo("/32");
        assertThat(table.lookup(ip("10.1.2.4"))).isEqualTo("/24");
        assertThat(table.lookup(ip("10.1.3.1"))).isEqualTo("/16");
        assertThat(table.lookup(ip("10.2.0.1"))).isEqualTo("/8");
        assertThat(table.lookup(ip("11.0.0.1"))).isEqualTo("default");
        assertThat(table.longestMatch(ip("10.1.2.200"))).isEqualTo(p("10.1.2.0/24"));
        assertThat(table.size()).isEqualTo(5);
    }

    @Test
    void removalFallsBackToTheShorterPrefix() {
        PrefixTable<String> table = new PrefixTable<>();
        table.put(p("10.0.0.0/8"), "/8");
        table.put(p("10.1.0.0/16"), "/16");
        table.put(p("10.1.2.0/24"), "/24");

        assertThat(table.remove(p("10.1.2.0/24"))).isEqualTo("/24");
        assertThat(table.lookup(ip("10.1.2.3"))).isEqualTo("/16");
        assertThat(table.remove(p("10.1.0.0/16"))).isEqualTo("/16");
        assertThat(table.lookup(ip("10.1.2.3"))).isEqualTo("/8");
        assertThat(table.remove(p("10.0.0.0/8"))).isEqualTo("/8");
        assertThat(table.lookup(ip("10.1.2.3"))).isNull();
        assertThat(table.isEmpty()).isTrue();
    }

    @Test
    void removingAnAbsentPrefixChangesNothing() {
        PrefixTable<String> table = new PrefixTable<>();
        table.put(p("10.0.0.0/8"), "/8");
        assertThat(table.remove(p("10.0.0.0/9"))).isNull();
        assertThat(table.remove(p("11.0.0.0/8"))).isNull();
        assertThat(table.size()).isEqualTo(1);
        assertThat(table.lookup(ip("10.200.0.1"))).isEqualTo("/8");
    }

    @Test
    void hostRoutesAtTheEndsOfTheAddressSpace() {
        PrefixTable<String> table = new PrefixTable<>();
        table.put(p("255.255.255.255/32"), "broadcast");
        table.put(p("0.0.0.0/32"), "zero");
        table.put(p("128.0.0.0/1"), "upper half");

        assertThat(table.lookup(ip("255.255.255.255"))).isEqualTo("broadcast");
        assertThat(table.lookup(ip("255.255.255.254"))).isEqualTo("upper half");
        assertThat(table.lookup(ip("0.0.0.0"))).isEqualTo("zero");
        assertThat(table.lookup(ip("0.0.0.1"))).isNull();
        assertThat(table.lookup(ip("127.255.255.255"))).isNull();
        assertThat(table.lookup(ip("128.0.0.0"))).isEqualTo("upper half");
    }

    @Test
    void putReplacesTheValueOfAnExactPrefixAndGetIsExact() {
        PrefixTable<String> table = new PrefixTable<>();
        assertThat(table.put(p("192.0.2.0/24"), "a")).isNull();
        assertThat(table.put(p("192.0.2.0/24"), "b")).isEqualTo("a");
        assertThat(table.size()).isEqualTo(1);
        assertThat(table.get(p("192.0.2.0/24"))).isEqualTo("b");
        assertThat(table.get(p("192.0.2.0/25"))).isNull();
        assertThat(table.get(p("192.0.0.0/16"))).isNull();
        // Host bits are cleared by Prefix, so this is the same prefix.
        assertThat(table.get(p("192.0.2.77/24"))).isEqualTo("b");
    }

    @Test
    void iteratesInPrefixOrder() {
        PrefixTable<Integer> table = new PrefixTable<>();
        table.put(p("192.168.0.0/16"), 1);
        table.put(p("10.1.0.0/16"), 2);
        table.put(p("10.0.0.0/8"), 3);
        table.put(p("0.0.0.0/0"), 4);
        table.put(p("255.0.0.0/8"), 5);

        List<Prefix> order = table.entries().stream().map(PrefixTable.Entry::prefix).toList();
        assertThat(order).containsExactly(
                p("0.0.0.0/0"), p("10.0.0.0/8"), p("10.1.0.0/16"), p("192.168.0.0/16"), p("255.0.0.0/8"));
        assertThat(table).extracting(PrefixTable.Entry::value).containsExactly(4, 3, 2, 1, 5);
    }

    @Test
    void growsBeyondItsInitialCapacityAndShrinksBack() {
        PrefixTable<Integer> table = new PrefixTable<>();
        for (int i = 0; i < 10_000; i++) {
            table.put(new Prefix(i << 8, 24), i);
        }
        assertThat(table.size()).isEqualTo(10_000);
        for (int i = 0; i < 10_000; i++) {
            assertThat(table.lookup((i << 8) | 7)).isEqualTo(i);
        }
        for (int i = 0; i < 10_000; i += 2) {
            table.remove(new Prefix(i << 8, 24));
        }
        assertThat(table.size()).isEqualTo(5_000);
        for (int i = 0; i < 10_000; i++) {
            assertThat(table.lookup(i << 8)).isEqualTo(i % 2 == 0 ? null : i);
        }
    }

    @Test
    void rejectsNullValues() {
        PrefixTable<String> table = new PrefixTable<>();
        assertThatNullPointerException().isThrownBy(() -> table.put(p("10.0.0.0/8"), null));
    }
}
